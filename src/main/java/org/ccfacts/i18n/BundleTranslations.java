package org.ccfacts.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The UI texts from {@code vaadin-i18n/translations*.properties}; {@code translations.properties} is
 * English and the fallback for any key a language lacks (through the bundles' parent chain).
 *
 * <p>Why not Vaadin's DefaultI18NProvider: it looks bundles up with Java's default control, which
 * falls back to the <em>server's</em> default locale before the base file — on a server running in
 * Russian, an English reader would get Russian. Here the lookup never consults the server's locale.
 *
 * <p>The one lookup of translated text: views read it through {@code getTranslation}, and code that also runs
 * outside a UI (the chart catalog, exports, request filters) through {@link #get}.
 */
@Component
public class BundleTranslations implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n.translations";
    private static final Logger LOG = LoggerFactory.getLogger(BundleTranslations.class);
    private static final ResourceBundle.Control NO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final BundleTranslations APP = new BundleTranslations();

    private final String bundleName;

    public BundleTranslations() {
        this(BUNDLE);
    }

    BundleTranslations(String bundleName) {
        this.bundleName = bundleName;
    }

    /**
     * The text for {@code key} in {@code locale}'s language (English for a language we lack), with {0}, {1}…
     * filled in; the key itself when missing. The same as a view's {@code getTranslation}, without needing a UI.
     */
    public static String get(Locale locale, String key, Object... params) {
        return APP.getTranslation(key, locale, params);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Language.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Language language = Language.orFallback(locale);
        String text;
        try {
            text = ResourceBundle.getBundle(bundleName, Locale.forLanguageTag(language.code()), NO_SERVER_LOCALE).getString(key);
        } catch (MissingResourceException e) {
            // caught by TranslationBundlesTest before it ships; shown as the key so it is noticed, never blank
            LOG.warn("No text for key '{}' in any bundle", key);
            return key;
        }
        return params.length == 0 ? text : new MessageFormat(text, language.locale()).format(params);
    }
}

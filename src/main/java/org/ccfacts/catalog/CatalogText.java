package org.ccfacts.catalog;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The catalog's texts (titles, subtitles, series names) from the same bundle the views read with
 * {@code getTranslation}: {@code vaadin-i18n/translations*.properties}. Charts are also built outside
 * a UI (exports, API), so they cannot use Vaadin's I18NProvider.
 */
public final class CatalogText {

    private static final String BUNDLE = "vaadin-i18n.translations";
    // no fallback to the JVM's default locale: a missing language falls back to the English base file
    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private CatalogText() {
    }

    /** The text for {@code key} in {@code locale}, with {0}, {1}… filled in; the key itself when missing. */
    public static String get(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_SYSTEM_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}

package org.ccfacts.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The four languages of the product. One code per language is used everywhere a language is named:
 * the {@code ?lang=} parameter, the cookie, the dataset's {@code LocalizedText} keys and the bundle
 * suffix ({@code translations_zh.properties}). Chinese is Simplified; its document tag is
 * {@code zh-CN} so the browser picks Simplified glyphs.
 *
 * <p>Arabic is written with Western ("Latin") digits, as the source article does ("94.8 مليار دولار",
 * "90%"): the locale carries {@code -u-nu-latn} so Java and the browser's Intl agree — without it
 * Java writes ١٬٢٣٤٫٥ and Chromium 1,234.5.
 */
public enum Language {
    EN("en", "en", "en", "English"),
    AR("ar", "ar", "ar-u-nu-latn", "العربية"),
    ZH("zh", "zh-CN", "zh-CN", "中文（简体）"),
    RU("ru", "ru", "ru", "Русский");

    public static final Language FALLBACK = EN;

    /**
     * The languages written right to left, among the product's and those a source may be in: Arabic, Persian,
     * Hebrew, Urdu. The one list: the page, a quoted sentence and an export's caption all ask here.
     */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur");

    private final String code;
    private final String documentTag;
    private final Locale locale;
    private final String nativeName;

    Language(String code, String documentTag, String localeTag, String nativeName) {
        this.code = code;
        this.documentTag = documentTag;
        this.locale = Locale.forLanguageTag(localeTag);
        this.nativeName = nativeName;
    }

    /** "en", "ar", "zh", "ru": URL parameter, cookie, dataset text key, bundle suffix. */
    public String code() {
        return code;
    }

    /** The value of {@code html[lang]}. */
    public String documentTag() {
        return documentTag;
    }

    /** The locale for the UI and for every number: Arabic with Latin digits ({@code ar-u-nu-latn}). */
    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, as a language menu shows it. */
    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return RIGHT_TO_LEFT.contains(code);
    }

    /**
     * The value of a {@code dir} attribute for text in the language {@code tag} ("fa", "ar-EG", "en"…), which
     * need not be one of the product's: "rtl" or "ltr".
     */
    public static String directionOf(String tag) {
        return RIGHT_TO_LEFT.contains(Locale.forLanguageTag(tag).getLanguage()) ? "rtl" : "ltr";
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
    }

    /** The language of {@code locale} ("zh-TW" is Chinese, "ar-EG" Arabic), or empty when we have none. */
    public static Optional<Language> of(Locale locale) {
        return locale == null ? Optional.empty() : fromCode(locale.getLanguage());
    }

    /** The language of {@code locale}, or English. */
    public static Language orFallback(Locale locale) {
        return of(locale).orElse(FALLBACK);
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(Language::locale).toList();
    }
}

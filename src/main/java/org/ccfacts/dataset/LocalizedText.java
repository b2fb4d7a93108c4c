package org.ccfacts.dataset;

import java.util.Map;

/**
 * A text in several languages (ISO 639-1 keys: en, ar, zh, ru). English is required and is the
 * fallback: a missing translation is shown in English, never as a blank.
 */
public record LocalizedText(Map<String, String> byLanguage) {

    public static final String FALLBACK = "en";

    public LocalizedText {
        byLanguage = Map.copyOf(byLanguage);
    }

    public static LocalizedText english(String text) {
        return new LocalizedText(Map.of(FALLBACK, text));
    }

    /** The text in {@code language}, or in English when it has no translation. */
    public String in(String language) {
        String text = byLanguage.get(language);
        return text != null ? text : byLanguage.getOrDefault(FALLBACK, "");
    }

    public boolean hasTranslation(String language) {
        return byLanguage.containsKey(language);
    }
}

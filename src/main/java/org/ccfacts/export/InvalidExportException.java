package org.ccfacts.export;

import java.util.List;
import java.util.Locale;

import org.ccfacts.i18n.BundleTranslations;

/**
 * An export asked for with a format, scale, size or image that we refuse. The reason is a text of the
 * translation bundles ({@code export.refused.*}), so it can be told in the reader's language
 * ({@link #message}); {@link #getMessage} is the English text, for logs and scripts. The arguments are
 * shown as given, never formatted as numbers (Arabic keeps Western digits, as everywhere in the app).
 */
public class InvalidExportException extends RuntimeException {

    private final String key;
    private final List<String> arguments;

    public InvalidExportException(String key, String... arguments) {
        super(BundleTranslations.get(Locale.ENGLISH, key, (Object[]) arguments));
        this.key = key;
        this.arguments = List.of(arguments);
    }

    /** Why, in the language of {@code locale} (English when the language has no bundle). */
    public String message(Locale locale) {
        return BundleTranslations.get(locale, key, arguments.toArray());
    }
}

package org.ccfacts.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.ccfacts.i18n.BundleTranslations;

/** Light for documents and light slide templates, dark for dark slide templates. */
public enum ExportTheme {
    LIGHT("light", "export.theme.light"),
    DARK("dark", "export.theme.dark");

    private final String code;
    private final String labelKey;

    ExportTheme(String code, String labelKey) {
        this.code = code;
        this.labelKey = labelKey;
    }

    public String code() {
        return code;
    }

    public String label(Locale locale) {
        return BundleTranslations.get(locale, labelKey);
    }

    public static Optional<ExportTheme> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}

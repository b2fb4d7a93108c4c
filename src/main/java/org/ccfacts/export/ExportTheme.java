package org.ccfacts.export;

import java.util.Arrays;
import java.util.Optional;

/** Light for documents and light slide templates, dark for dark slide templates. */
public enum ExportTheme {
    LIGHT("light", "Light"),
    DARK("dark", "Dark");

    private final String code;
    private final String label;

    ExportTheme(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ExportTheme> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}

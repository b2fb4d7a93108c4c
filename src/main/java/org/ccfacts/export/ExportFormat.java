package org.ccfacts.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a single chart can be exported as. */
public enum ExportFormat {
    PNG("png", "image/png"),
    SVG("svg", "image/svg+xml"),
    CSV("csv", "text/csv;charset=UTF-8");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format for a file extension as typed in a URL; empty for anything else. */
    public static Optional<ExportFormat> fromExtension(String extension) {
        if (extension == null) {
            return Optional.empty();
        }
        String wanted = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(wanted)).findFirst();
    }
}

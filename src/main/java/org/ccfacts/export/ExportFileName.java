package org.ccfacts.export;

import java.time.LocalDate;
import java.util.Locale;

/**
 * File names of exports: {@code {chartId}_{lang}_{yyyy-MM-dd}.{ext}}, e.g.
 * {@code my-chart_en_2026-11-27.png}. Every part is reduced to {@code [a-z0-9-]}, so nothing a user or
 * a data file typed can add a path, a quote or a header break to a download.
 */
public final class ExportFileName {

    private static final int MAX_ID_LENGTH = 64;

    private ExportFileName() {
    }

    /** The name without extension: the browser adds {@code .png}/{@code .svg} to it. */
    public static String base(String chartId, Locale locale, LocalDate date) {
        return safePart(chartId, "chart") + "_" + safePart(locale.getLanguage(), "und") + "_" + date;
    }

    public static String of(String chartId, Locale locale, LocalDate date, String extension) {
        return base(chartId, locale, date) + "." + safePart(extension, "bin");
    }

    /** The export-all deck: {@code charts_en_2026-11-27.pptx}. */
    public static String deck(Locale locale, LocalDate date) {
        return of("charts", locale, date, "pptx");
    }

    static String safePart(String text, String fallback) {
        String safe = (text == null ? "" : text).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9-]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
        if (safe.length() > MAX_ID_LENGTH) {
            safe = safe.substring(0, MAX_ID_LENGTH).replaceAll("-$", "");
        }
        return safe.isEmpty() ? fallback : safe;
    }
}

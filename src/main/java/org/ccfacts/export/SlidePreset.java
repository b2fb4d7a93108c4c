package org.ccfacts.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.ccfacts.i18n.BundleTranslations;

/**
 * The canvas an exported image is composed on, in CSS pixels at 1×. The PNG is exactly
 * {@code width × scale} by {@code height × scale} pixels; the SVG has this size as its viewBox.
 */
public enum SlidePreset {
    /** The plain chart export: 3:2, fits a report page or a document column. */
    CHART("chart", "export.size.chart", 1200, 800),
    /** A full widescreen slide. */
    SLIDE_16_9("16x9", "export.size.16x9", 1920, 1080),
    /** A full standard slide. */
    SLIDE_4_3("4x3", "export.size.4x3", 1600, 1200);

    private final String code;
    private final String labelKey;
    private final int width;
    private final int height;

    SlidePreset(String code, String labelKey, int width, int height) {
        this.code = code;
        this.labelKey = labelKey;
        this.width = width;
        this.height = height;
    }

    public String code() {
        return code;
    }

    /** "Slide 16:9 (1920 × 1080)" in {@code locale}; the sizes as plain digits, never grouped ("1,920"). */
    public String label(Locale locale) {
        return BundleTranslations.get(locale, labelKey, String.valueOf(width), String.valueOf(height));
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public static Optional<SlidePreset> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}

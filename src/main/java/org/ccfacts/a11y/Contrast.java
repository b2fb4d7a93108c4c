package org.ccfacts.a11y;

import java.util.List;

import org.ccfacts.chart.Palette;

/** WCAG 2.1 contrast ratio of two sRGB colours ("#RRGGBB"), 1 to 21. */
public final class Contrast {

    /** Text (WCAG 1.4.3, level AA). */
    public static final double TEXT = 4.5;
    /** Large text, and graphics that carry meaning: lines, markers, bars, focus rings (WCAG 1.4.11). */
    public static final double GRAPHICS = 3.0;

    private Contrast() {
    }

    public static double ratio(String colour, String background) {
        double a = luminance(colour);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** The Okabe–Ito colours that reach 3:1 against {@code background}: usable for lines, markers and bars. */
    public static List<String> forGraphicsOn(String background) {
        return Palette.OKABE_ITO.values().stream().filter(c -> ratio(c, background) >= GRAPHICS).toList();
    }

    static double luminance(String hex) {
        if (!hex.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("not #RRGGBB: " + hex);
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}

package org.ccfacts.chart;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The colours of the charts and of the backgrounds they are drawn on: one place, as in
 * {@code src/main/frontend/themes/ccfacts/styles.css}. The chart colours are Okabe–Ito's, distinguishable with
 * the common colour-vision deficiencies, each used with one meaning on every chart. Colour is never the only
 * carrier of meaning: series also differ by marker and line, and each has its name in the legend and tooltip.
 * Which colours reach WCAG contrast on which background is {@code a11y/Contrast}'s to say (PaletteTest).
 */
public final class Palette {

    /** The main published series of a chart (road transport's share of the trade too). */
    public static final String BLUE = "#0072B2";
    /** A second source's value for the same thing, and what is only scheduled. */
    public static final String VERMILLION = "#D55E00";
    /** A different measure shown beside the main one (direct-investment stock). */
    public static final String GREEN = "#009E73";
    /** Not for marks: 2.25:1 on white (README). Kept for the table of Okabe–Ito's colours. */
    public static final String ORANGE = "#E69F00";
    /** Not for marks: 2.31:1 on white (README). */
    public static final String SKY = "#56B4E9";
    /** Survey shares: 3.06:1 on white, 5.65:1 on the dark card, like every chart colour on both (PaletteTest). */
    public static final String PURPLE = "#CC79A7";
    /** Drawing aids that are not figures; not for marks (2.85:1 on white). */
    public static final String GREY = "#999999";

    /** Okabe & Ito (2008), "Color Universal Design", in their order: the colours above, black and yellow. */
    public static final Map<String, String> OKABE_ITO = okabeIto();

    public static final String LIGHT_BACKGROUND = "#FFFFFF";
    /**
     * The dark theme's card surface ({@code --cc-surface} in styles.css), where charts are drawn. Lumo's dark
     * base (#233348) left Okabe–Ito blue at 2.5:1; on this surface every colour the charts use reaches 3:1.
     */
    public static final String DARK_BACKGROUND = "#161B22";
    /** The theme's {@code --lumo-primary-text-color} (links, tertiary buttons) in light mode. */
    public static final String LIGHT_PRIMARY_TEXT = "#005A8C";
    /** Lumo dark {@code --lumo-primary-text-color}: hsl(214, 90%, 77%) (the theme does not override it in dark). */
    public static final String DARK_PRIMARY_TEXT = "#90BDF9";

    private Palette() {
    }

    private static Map<String, String> okabeIto() {
        Map<String, String> colours = new LinkedHashMap<>();
        colours.put("black", "#000000");
        colours.put("orange", ORANGE);
        colours.put("sky blue", SKY);
        colours.put("bluish green", GREEN);
        colours.put("yellow", "#F0E442");
        colours.put("blue", BLUE);
        colours.put("vermillion", VERMILLION);
        colours.put("reddish purple", PURPLE);
        return Collections.unmodifiableMap(colours);
    }
}

package org.ccfacts.a11y;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chart colours (Okabe–Ito: distinguishable with the common colour-vision deficiencies) and the
 * theme's backgrounds, with which of them are dark enough or light enough to draw with. The values
 * are those of {@code src/main/frontend/themes/ccfacts/styles.css} and of Lumo 24.9 ({@code color.js}).
 * Colour is never the only carrier of meaning: series also differ by marker and line, and each has
 * its name in the legend and tooltip.
 */
public final class Palette {

    /** Okabe & Ito (2008), "Color Universal Design", in their order. */
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

    /** The Okabe–Ito colours that reach 3:1 against {@code background}: usable for lines, markers and bars. */
    public static List<String> forGraphicsOn(String background) {
        return OKABE_ITO.values().stream().filter(c -> Contrast.ratio(c, background) >= Contrast.GRAPHICS).toList();
    }

    private static Map<String, String> okabeIto() {
        Map<String, String> colours = new LinkedHashMap<>();
        colours.put("black", "#000000");
        colours.put("orange", "#E69F00");
        colours.put("sky blue", "#56B4E9");
        colours.put("bluish green", "#009E73");
        colours.put("yellow", "#F0E442");
        colours.put("blue", "#0072B2");
        colours.put("vermillion", "#D55E00");
        colours.put("reddish purple", "#CC79A7");
        return java.util.Collections.unmodifiableMap(colours);
    }
}

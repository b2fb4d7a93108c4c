package org.ccfacts.export;

import java.awt.Color;

import org.ccfacts.chart.Palette;

/**
 * The colours of a slide in the light or the dark theme: background, text and the chart's axes and grid.
 * Text reaches 4.5:1 on its background in both (the muted text too); the series colours come from the
 * chart and are checked against {@link #background} in {@link DeckChart}.
 */
record DeckLook(String background, String text, String muted, String grid, String panel) {

    static final DeckLook LIGHT = new DeckLook(Palette.LIGHT_BACKGROUND, "#1F2328", "#4A4F55", "#D0D7DE", "#FFFFFF");
    /** The dark card of the dashboard's dark theme; a picture sits on a white panel (it is drawn light). */
    static final DeckLook DARK = new DeckLook(Palette.DARK_BACKGROUND, "#F0F3F6", "#C2CAD3", "#3D444D", "#FFFFFF");

    static DeckLook of(ExportTheme theme) {
        return theme == ExportTheme.DARK ? DARK : LIGHT;
    }

    static Color awt(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    /** "#0072B2" as the three bytes a drawingml colour takes. */
    static byte[] rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }
}

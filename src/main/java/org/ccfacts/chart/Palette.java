package org.ccfacts.chart;

/**
 * The Okabe–Ito colours (colour-blind safe), used with one meaning on every chart, as in
 * {@code src/main/frontend/themes/ccfacts/styles.css}.
 */
public final class Palette {

    /** The main published series of a chart. */
    public static final String BLUE = "#0072B2";
    /** A second source's value for the same thing, and what is only scheduled. */
    public static final String VERMILLION = "#D55E00";
    /** A different measure shown beside the main one (direct-investment stock). */
    public static final String GREEN = "#009E73";
    /** Survey shares. */
    public static final String ORANGE = "#E69F00";
    /** Shares of the trade (transport). */
    public static final String SKY = "#56B4E9";
    public static final String PURPLE = "#CC79A7";
    /** Drawing aids that are not figures (a lower bound's open end). */
    public static final String GREY = "#999999";

    private Palette() {
    }
}

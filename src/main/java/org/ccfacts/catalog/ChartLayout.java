package org.ccfacts.catalog;

/**
 * Where and how tall a chart is drawn: across the dashboard's whole width or in one column of it, and its
 * height on each page that shows it. Heights are CSS lengths, as {@code ApexChart.setHeight} takes them.
 *
 * @param wide    spans the whole chart grid of the dashboard (a long time axis needs the width)
 * @param heights its height on each page
 */
public record ChartLayout(boolean wide, Heights heights) {

    /** One column, and the heights most charts need. */
    public static final ChartLayout STANDARD = new ChartLayout(false, new Heights("340px", "560px", "58vh", "400px"));

    /**
     * @param card         on its dashboard card
     * @param page         on its own page, {@code /chart/{id}}
     * @param presentation in presentation mode, {@code /present}: a share of the window, which the slide fills
     * @param deck         drawn off screen for the export-all deck (the image is then drawn again at the slide's size)
     */
    public record Heights(String card, String page, String presentation, String deck) {
    }

    /** The same heights, across the whole width of the dashboard. */
    public ChartLayout acrossTheDashboard() {
        return new ChartLayout(true, heights);
    }

    /** The same, with another height on the dashboard card (a long category list needs more, one bar less). */
    public ChartLayout withCardHeight(String card) {
        return new ChartLayout(wide, new Heights(card, heights.page(), heights.presentation(), heights.deck()));
    }
}

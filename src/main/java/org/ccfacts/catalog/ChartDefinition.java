package org.ccfacts.catalog;

import java.util.List;
import java.util.Locale;

import org.ccfacts.chart.ChartOptions;
import org.ccfacts.dataset.Dataset;

/**
 * One chart of the product: its stable id (used in {@code /chart/{id}}, export file names and
 * presentation order), how it is drawn from the dataset, exactly which figures it draws, and what the pages
 * need besides: its layout and heights, the notes under it on the dashboard, its headline figures.
 * Views, exports, the deck, the table view and presentation mode all go through this, so they show the same
 * numbers, and none of them holds code for one chart: a new chart is a new implementation in the catalog.
 */
public interface ChartDefinition {

    /** Stable, URL-safe id, e.g. {@code trade-volume}. */
    String id();

    /** The chart's title: shown above the chart on every page and burned into exports. */
    String title(Locale locale);

    /** What the numbers are, in what unit, and notes that change their meaning (partial year, lower bound…). */
    String subtitle(Locale locale);

    /**
     * The ApexCharts options, every value taken from {@code dataset}. Without title and subtitle: every page
     * and export shows {@link #title} and {@link #subtitle} as its own text, where they can wrap.
     */
    ChartOptions options(Dataset dataset, Locale locale);

    /**
     * The options for a slide of presentation mode, where every text is 24 px at 1920 × 1080 (1/80 of the
     * window's width): the same figures, laid out for that type where the page's layout would not fit it (labels
     * of several lines on rows too low for them). The page's {@link #options} unless the chart needs otherwise.
     */
    default ChartOptions slideOptions(Dataset dataset, Locale locale) {
        return options(dataset, locale);
    }

    /** Exactly the figures drawn, one row each, with their sources: for CSV, the table view and tests. */
    List<ChartRow> rows(Dataset dataset, Locale locale);

    /** Where and how tall it is drawn on each page; {@link ChartLayout#STANDARD} unless it needs otherwise. */
    default ChartLayout layout() {
        return ChartLayout.STANDARD;
    }

    /** Text the dashboard shows under the chart, one block per note, in order; none unless it has some. */
    default List<ChartNote> notes(Dataset dataset, Locale locale) {
        return List.of();
    }

    /** Its figures the dashboard shows as headline cards, with their marks; none unless it has some. */
    default List<Headline> headlines(Dataset dataset) {
        return List.of();
    }
}

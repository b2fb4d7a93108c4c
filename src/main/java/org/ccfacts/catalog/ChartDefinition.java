package org.ccfacts.catalog;

import java.util.List;
import java.util.Locale;

import org.ccfacts.chart.ChartOptions;
import org.ccfacts.dataset.Dataset;

/**
 * One chart of the product: its stable id (used in {@code /chart/{id}}, export file names and
 * presentation order), how it is drawn from the dataset, and exactly which figures it draws.
 * Views, exports, the table view and presentation mode all go through this, so they show the same
 * numbers.
 */
public interface ChartDefinition {

    /** Stable, URL-safe id, e.g. {@code trade-volume}. */
    String id();

    /** The chart's title, as burned into exports and shown above the chart. */
    String title(Locale locale);

    /** What the numbers are, in what unit, and notes that change their meaning (partial year, lower bound…). */
    String subtitle(Locale locale);

    /** The ApexCharts options, every value taken from {@code dataset}. */
    ChartOptions options(Dataset dataset, Locale locale);

    /** Exactly the figures drawn, one row each, with their sources: for CSV, the table view and tests. */
    List<ChartRow> rows(Dataset dataset, Locale locale);
}

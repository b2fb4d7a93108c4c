package org.ccfacts.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One figure as drawn by a chart.
 *
 * @param series      the series (legend entry) it belongs to
 * @param label       where it sits: a year, a country, a date
 * @param value       the published value, unrounded; null for a row that is not a figure (a timeline event)
 * @param qualifier   exact, lower-bound or approximate
 * @param unit        "USD bn", "CNY bn", "%" …
 * @param observation the dataset id of the observation/poll/event drawn
 * @param sources     the citations (publisher, date) of the sources that publish it: one, or several for
 *                    a timeline event
 */
public record ChartRow(String series, String label, BigDecimal value, String qualifier, String unit,
                       String observation, List<String> sources, Optional<String> note) {

    public ChartRow {
        sources = List.copyOf(sources);
    }

    /** Every citation of {@code rows} once, in the order of first use: what a chart's "Sources:" line lists. */
    public static List<String> citations(List<ChartRow> rows) {
        return rows.stream().flatMap(r -> r.sources().stream()).distinct().toList();
    }

    /** The citations as one cell of a table or CSV file. */
    public String source() {
        return String.join("; ", sources);
    }

    /** Whether the row is a figure (timeline events are rows without one). */
    public boolean hasValue() {
        return value != null;
    }
}

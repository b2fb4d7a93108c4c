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

    /**
     * The value on one scale for comparing rows of a series: a figure in millions ("USD mn") is thousandths of a
     * billion, so 1992's US$460 mn is never the highest of a series in billions. Only for comparing; the figure
     * shown is always {@link #value()} in its own unit.
     */
    public BigDecimal comparable() {
        return value != null && unit.endsWith(" mn") ? value.movePointLeft(3) : value;
    }

    /** Whether the row is a figure (timeline events are rows without one). */
    public boolean hasValue() {
        return value != null;
    }
}

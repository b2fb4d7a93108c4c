package org.ccfacts.catalog;

import java.math.BigDecimal;
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
 * @param source      the source's citation (publisher, date)
 */
public record ChartRow(String series, String label, BigDecimal value, String qualifier, String unit,
                       String observation, String source, Optional<String> note) {

    /** Whether the row is a figure (timeline events are rows without one). */
    public boolean hasValue() {
        return value != null;
    }
}

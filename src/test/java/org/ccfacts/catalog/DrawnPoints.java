package org.ccfacts.catalog;

import java.util.List;

import org.ccfacts.chart.ChartOptions;
import org.ccfacts.chart.ChartOptions.Point;

/** The points a chart's options draw: every series' points that have a value, in series order. */
final class DrawnPoints {

    private DrawnPoints() {
    }

    static List<Point> of(ChartOptions options) {
        return options.series().stream().flatMap(series -> series.data().stream()).map(Point.class::cast)
                .filter(p -> p.y() != null).toList();
    }
}

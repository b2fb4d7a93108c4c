package org.ccfacts.present;

import com.vaadin.flow.router.NotFoundException;

/** A chart id that is not in the catalog. */
class UnknownChartException extends NotFoundException {

    private final String chartId;

    UnknownChartException(String chartId) {
        super("No chart called '" + chartId + "'");
        this.chartId = chartId;
    }

    String chartId() {
        return chartId;
    }
}

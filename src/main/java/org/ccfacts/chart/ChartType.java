package org.ccfacts.chart;

import com.fasterxml.jackson.annotation.JsonValue;

/** The ApexCharts chart and series types the project draws. */
public enum ChartType {
    BAR("bar"), LINE("line"), AREA("area"), SCATTER("scatter"), RADIAL_BAR("radialBar"), RANGE_BAR("rangeBar");

    private final String apexName;

    ChartType(String apexName) {
        this.apexName = apexName;
    }

    @JsonValue
    public String apexName() {
        return apexName;
    }
}

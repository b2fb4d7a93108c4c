package org.ccfacts.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.ccfacts.chart.ChartOptions.Axis;
import org.ccfacts.chart.ChartOptions.Point;
import org.ccfacts.chart.ChartOptions.Series;
import org.ccfacts.chart.ChartOptions.Tooltip;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

    @Test
    void minimalChartTurnsOffToolbarZoomAndAnimations() {
        assertThat(ChartJson.write(ChartOptions.of(ChartType.BAR, "300px"))).isEqualTo("""
                {"chart":{"type":"bar","height":"300px","toolbar":{"show":false,"enabled":false},\
                "zoom":{"show":false,"enabled":false},"animations":{"show":false,"enabled":false},\
                "fontFamily":"inherit"},"series":[]}""");
    }

    @Test
    void aGapIsAnExplicitNullAndPublishedDigitsAreKept() {
        ChartOptions options = ChartOptions.of(ChartType.LINE, "100%").withSeries(List.of(new Series("Trade",
                ChartType.LINE, List.of(new Point(2013, new BigDecimal("312.04"), "exact", "CNY", "src", null),
                        Point.of(2014, null), Point.of(2022, new BigDecimal("41.0"))))));

        assertThat(ChartJson.write(options)).contains("""
                "series":[{"name":"Trade","type":"line","data":[\
                {"x":2013,"y":312.04,"qualifier":"exact","currency":"CNY","source":"src"},\
                {"x":2014,"y":null},{"x":2022,"y":41.0}]}]""");
    }

    @Test
    void formattersArePresetNamesNeverCode() {
        ChartOptions options = ChartOptions.of(ChartType.LINE, "100%")
                .withAxes(Axis.numeric(1991, 2025, null, null, Format.YEAR), Axis.value("US$ billion", Format.NUMBER))
                .withTooltip(Tooltip.of(Format.MONEY, Format.YEAR));

        assertThat(ChartJson.write(options)).contains("""
                "xaxis":{"type":"numeric","min":1991,"max":2025,"labels":{"formatter":"year"}},\
                "yaxis":{"min":0,"title":{"text":"US$ billion"},"labels":{"formatter":"number"}},\
                "tooltip":{"shared":false,"y":{"formatter":"money"},"x":{"formatter":"year"}}""");
    }
}

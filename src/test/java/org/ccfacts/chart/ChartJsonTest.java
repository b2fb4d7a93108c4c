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

    @Test
    void stackedChartWithGridPaddingAndPerSeriesGradientFill() {
        ChartOptions options = ChartOptions.of(ChartType.BAR, "100%").stacked()
                .withStyle(null, null, ChartOptions.Fill.perSeries(List.of("solid", "gradient"), null,
                        new ChartOptions.Gradient("horizontal", 0.9, 0.0, List.of(0, 100))))
                .withGrid(new ChartOptions.Grid(new ChartOptions.Padding(0, 48, 0, 0), null));

        assertThat(ChartJson.write(options)).isEqualTo("""
                {"chart":{"type":"bar","height":"100%","toolbar":{"show":false,"enabled":false},\
                "zoom":{"show":false,"enabled":false},"animations":{"show":false,"enabled":false},\
                "fontFamily":"inherit","stacked":true},"series":[],\
                "fill":{"type":["solid","gradient"],"gradient":{"type":"horizontal","opacityFrom":0.9,\
                "opacityTo":0.0,"stops":[0,100]}},"grid":{"padding":{"top":0,"right":48,"bottom":0,"left":0}}}""");
    }

    @Test
    void pointTextsAndMultiLineCategories() {
        ChartOptions options = ChartOptions.of(ChartType.SCATTER, "100%")
                .withSeries(List.of(new Series("Held", ChartType.SCATTER,
                        List.of(Point.of(1000L, 2).withTexts("2027 (scheduled)", "2027 · Third summit")))))
                .withAxes(Axis.multiLineCategories(List.of(List.of("Stock", "more than US$14 bn")), "US$ bn", Format.NUMBER),
                        new Axis(null, 0, 3, 3, null, ChartOptions.Labels.hidden(), null, null, null));

        assertThat(ChartJson.write(options)).contains("""
                "series":[{"name":"Held","type":"scatter","data":[{"x":1000,"y":2,\
                "label":"2027 (scheduled)","detail":"2027 · Third summit"}]}],\
                "xaxis":{"type":"category","title":{"text":"US$ bn"},"labels":{"formatter":"number"},\
                "categories":[["Stock","more than US$14 bn"]]},\
                "yaxis":{"min":0,"max":3,"tickAmount":3,"labels":{"show":false}}""");
    }

    @Test
    void markersDataLabelsAndTooltipsPerSeries() {
        ChartOptions options = ChartOptions.of(ChartType.SCATTER, "100%")
                .withDataLabels(new ChartOptions.DataLabels(true, Format.LABEL, null, -12, "start", 6,
                        new ChartOptions.LabelStyle(List.of("#0072B2"), "12px", "600")))
                .withStyle(null, new ChartOptions.Markers(List.of(9, 9), List.of(1.0, 0.0), List.of(2, 3), List.of(0, 3),
                        List.of("#0072B2", "#D55E00")), null)
                .withTooltip(new Tooltip(false, new ChartOptions.TooltipValue(Format.DETAIL),
                        ChartOptions.TooltipValue.hidden()).onlyOnSeries(List.of(0, 1)));

        assertThat(ChartJson.write(options)).contains("""
                "dataLabels":{"enabled":true,"formatter":"label","offsetY":-12,"textAnchor":"start","offsetX":6,\
                "style":{"colors":["#0072B2"],"fontSize":"12px","fontWeight":"600"}},\
                "markers":{"size":[9,9],"fillOpacity":[1.0,0.0],"strokeWidth":[2,3],"strokeDashArray":[0,3],\
                "strokeColors":["#0072B2","#D55E00"]},\
                "tooltip":{"shared":false,"y":{"formatter":"detail"},"x":{"show":false},"enabledOnSeries":[0,1]}""");
    }

    @Test
    void annotationLabelPlacementAndBarLabelsThatMayOverflow() {
        ChartOptions options = ChartOptions.of(ChartType.BAR, "100%")
                .withAnnotations(new ChartOptions.Annotations(List.of(new ChartOptions.PointAnnotation(2024,
                        new BigDecimal("94.8"), ChartOptions.AnnotationLabel.of("Record", "#0072B2").placed("end", -14, 0),
                        new ChartOptions.AnnotationMarker(0, "#0072B2", "#ffffff"))), null, null))
                .withPlotOptions(new ChartOptions.PlotOptions(new ChartOptions.Bar(true, null, "70%", null, 3,
                        new ChartOptions.DataLabelsPosition("top", false))));

        assertThat(ChartJson.write(options)).contains("""
                "annotations":{"points":[{"x":2024,"y":94.8,"label":{"text":"Record","borderColor":"#0072B2",\
                "style":{"color":"#fff","background":"#0072B2"},"offsetY":0,"textAnchor":"end","offsetX":-14},\
                "marker":{"size":0,"fillColor":"#0072B2","strokeColor":"#ffffff"}}]}""")
                .contains("""
                "plotOptions":{"bar":{"horizontal":true,"barHeight":"70%","borderRadius":3,\
                "dataLabels":{"position":"top","hideOverflowingLabels":false}}}""");
    }
}

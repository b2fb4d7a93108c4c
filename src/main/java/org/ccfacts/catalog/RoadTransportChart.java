package org.ccfacts.catalog;

import java.util.List;
import java.util.Locale;

import org.ccfacts.chart.ChartOptions;
import org.ccfacts.chart.ChartOptions.Axis;
import org.ccfacts.chart.ChartOptions.Bar;
import org.ccfacts.chart.ChartOptions.DataLabels;
import org.ccfacts.chart.ChartOptions.DataLabelsPosition;
import org.ccfacts.chart.ChartOptions.LabelStyle;
import org.ccfacts.chart.ChartOptions.Legend;
import org.ccfacts.chart.ChartOptions.PlotOptions;
import org.ccfacts.chart.ChartOptions.Point;
import org.ccfacts.chart.ChartOptions.Series;
import org.ccfacts.chart.ChartOptions.Tooltip;
import org.ccfacts.chart.ChartType;
import org.ccfacts.chart.Format;
import org.ccfacts.chart.Palette;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.Observation;
import org.ccfacts.i18n.BundleTranslations;

/**
 * Road transport's share of the trade: only the published years, as separate columns. No line joins
 * them, because nothing was published for the years between.
 */
public final class RoadTransportChart implements ChartDefinition {

    public static final String ID = "road-transport";
    public static final String MEASURE = "road-transport-share";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title(Locale locale) {
        return BundleTranslations.get(locale, "chart.road-transport.title");
    }

    @Override
    public String subtitle(Locale locale) {
        return BundleTranslations.get(locale, "chart.road-transport.subtitle");
    }

    public static List<Observation> figures(Dataset dataset) {
        return dataset.observationsOf(MEASURE).stream().filter(o -> o.country().isEmpty()).toList();
    }

    @Override
    public List<ChartRow> rows(Dataset dataset, Locale locale) {
        String series = BundleTranslations.get(locale, "chart.road-transport.series");
        return figures(dataset).stream().map(o -> new ChartRow(series, o.period().toString(), o.value(),
                o.qualifier().code(), "%", o.id(), List.of(Citations.cite(dataset, o.source(), locale)),
                o.note().map(n -> n.in(locale.getLanguage())))).toList();
    }

    @Override
    public ChartOptions options(Dataset dataset, Locale locale) {
        List<Point> points = figures(dataset).stream()
                .map(o -> new Point(o.period().toString(), o.value(), o.qualifier().code(), null, o.source(), null))
                .toList();
        return ChartOptions.of(ChartType.BAR, "100%")
                .withSeries(List.of(new Series(BundleTranslations.get(locale, "chart.road-transport.series"), ChartType.BAR, points)))
                .withAxes(new Axis("category", null, null, null, null, null, null, null, null),
                        new Axis(null, 0, 100, 5, null, new ChartOptions.Labels(Format.PERCENT), null, null, null))
                .withPlotOptions(new PlotOptions(new Bar(false, "40%", null, null, 3, new DataLabelsPosition("top"))))
                .withDataLabels(new DataLabels(true, Format.PERCENT, null, -22, null, null,
                        new LabelStyle(List.of("#333333"), "14px", "700")))
                // opaque, every series: ApexCharts draws bars at 85 %, which takes purple below 3:1 on white
                .withStyle(null, null, new ChartOptions.Fill("solid", List.of(1.0, 1.0)))
                .withColors(List.of(Palette.BLUE))
                .withLegend(new Legend(false, null))
                .withTooltip(Tooltip.of(Format.PERCENT, null));
    }
}

package org.ccfacts.catalog;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.ccfacts.dataset.Measure;
import org.ccfacts.dataset.Observation;
import org.ccfacts.dataset.Qualifier;
import org.ccfacts.format.FigureFormat;
import org.ccfacts.i18n.BundleTranslations;

/**
 * Chinese investment in Central Asia: every published figure is "more than", and they are two
 * different measures (direct-investment stock; a "total investment" the source does not define). Each
 * measure is its own series and colour; each bar ends at the published bound, and its label says "more
 * than". No drawn "open end": a bar of fixed length beyond the bound read as a range up to its tip.
 */
public final class InvestmentChart implements ChartDefinition {

    public static final String ID = "investment";
    /** The measures drawn, in legend order: each is its own series, never joined. */
    public static final List<String> MEASURES = List.of("direct-investment-stock", "investment-total");
    private static final List<String> COLOURS = List.of(Palette.GREEN, Palette.BLUE);
    /** Each measure's short name on its bars' category labels, in the order of {@link #MEASURES}. */
    private static final List<String> SHORT_NAMES = List.of("chart.investment.short.direct-investment-stock",
            "chart.investment.short.investment-total");
    /** The observation shown as a headline figure on the dashboard. */
    public static final String HEADLINE = "investment-total-2025-06";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title(Locale locale) {
        return BundleTranslations.get(locale, "chart.investment.title");
    }

    @Override
    public String subtitle(Locale locale) {
        return BundleTranslations.get(locale, "chart.investment.subtitle");
    }

    /** Taller than most: each bar's label is two lines. */
    @Override
    public ChartLayout layout() {
        return ChartLayout.STANDARD.withCardHeight("400px");
    }

    @Override
    public List<Headline> headlines(Dataset dataset) {
        return List.of(Headline.observation(HEADLINE, "kpi.investment.label"));
    }

    /** The figures drawn, in date order. */
    public static List<Observation> figures(Dataset dataset) {
        return MEASURES.stream().flatMap(m -> dataset.observationsOf(m).stream())
                .filter(o -> o.currency().isPresent() && o.country().isEmpty())
                .sorted(Comparator.comparing(Observation::period))
                .toList();
    }

    @Override
    public List<ChartRow> rows(Dataset dataset, Locale locale) {
        FigureFormat format = new FigureFormat(locale);
        return figures(dataset).stream().map(o -> new ChartRow(measureName(dataset, o, locale), format.period(o.period()),
                o.value(), o.qualifier().code(), o.currency().orElse("") + " bn", o.id(),
                List.of(Citations.cite(dataset, o.source(), locale)), o.note().map(n -> n.in(locale.getLanguage())))).toList();
    }

    @Override
    public ChartOptions options(Dataset dataset, Locale locale) {
        List<Observation> figures = figures(dataset);
        FigureFormat format = new FigureFormat(locale);
        List<List<String>> categories = new ArrayList<>();
        List<List<Point>> byMeasure = new ArrayList<>();
        MEASURES.forEach(m -> byMeasure.add(new ArrayList<>()));

        for (Observation o : figures) {
            // a list of lines as x: ApexCharts draws it as a multi-line category label. The measure by its short
            // name (the full one is the legend's and the tooltip's) and the date: two lines. The stated value,
            // "more than US$30 bn", is the bar's own label at its end: as a third line of the category, the rows
            // of a Russian 16:9 export and of a slide ran into each other
            int measureIndex = MEASURES.indexOf(o.measure());
            List<String> category = List.of(BundleTranslations.get(locale, SHORT_NAMES.get(measureIndex)), format.period(o.period()));
            categories.add(category);
            Point point = new Point(category, o.value(), o.qualifier().code(), o.currency().orElse(null), o.source(), null)
                    .withTexts(statedValue(o, format, locale), null);
            for (int i = 0; i < MEASURES.size(); i++) {
                byMeasure.get(i).add(i == measureIndex ? point : Point.of(category, null));
            }
        }

        List<Series> series = new ArrayList<>();
        for (int i = 0; i < MEASURES.size(); i++) {
            String name = dataset.measure(MEASURES.get(i)).map(m -> m.name().in(locale.getLanguage())).orElse(MEASURES.get(i));
            series.add(new Series(name, ChartType.BAR, byMeasure.get(i)));
        }

        return ChartOptions.of(ChartType.BAR, "100%").stacked()
                .withSeries(series)
                .withAxes(Axis.multiLineCategories(categories, BundleTranslations.get(locale, "chart.investment.axis"), Format.BILLIONS),
                        new Axis(null, null, null, null, null, new ChartOptions.Labels(null, null, 260), null, null, null))
                .withPlotOptions(new PlotOptions(new Bar(true, null, "70%", null, 0, new DataLabelsPosition("top", false))))
                // the stated value at the bar's end (Format.LABEL: the point's own text), as on the every-figure chart
                .withDataLabels(new DataLabels(true, Format.LABEL, null, null, "start", 6,
                        new LabelStyle(List.of("#333333"), "12px", "600")))
                // opaque, every series: ApexCharts draws bars at 85 %, which takes purple below 3:1 on white
                .withStyle(null, null, new ChartOptions.Fill("solid", List.of(1.0, 1.0)))
                .withColors(COLOURS)
                .withLegend(new Legend(true, "top"))
                .withTooltip(Tooltip.of(Format.MONEY, null));
    }

    /** "more than US$30 bn" for a lower bound; the figure as formatted everywhere else otherwise. */
    static String statedValue(Observation o, FigureFormat format, Locale locale) {
        if (o.qualifier() == Qualifier.LOWER_BOUND) {
            return BundleTranslations.get(locale, "chart.investment.more-than",
                    format.money(o.value(), o.currency().orElse("USD"), Qualifier.EXACT));
        }
        return format.value(o);
    }

    private static String measureName(Dataset dataset, Observation o, Locale locale) {
        return dataset.measure(o.measure()).map(Measure::name).map(n -> n.in(locale.getLanguage())).orElse(o.measure());
    }
}

package org.ccfacts.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
import org.ccfacts.dataset.Period;
import org.ccfacts.format.FigureFormat;
import org.ccfacts.i18n.BundleTranslations;

/**
 * China's exports to the five countries against its imports from them, each whole year either was published
 * in US dollars: two bars per year side by side. A year with only one of the two published has one bar, and a
 * note says which is missing; exports minus imports is never drawn (no page published it).
 */
public final class ExportsImportsChart implements ChartDefinition {

    public static final String ID = "exports-imports";
    static final List<String> MEASURES = List.of("exports-goods", "imports-goods");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title(Locale locale) {
        return BundleTranslations.get(locale, "chart.exports-imports.title");
    }

    @Override
    public String subtitle(Locale locale) {
        return BundleTranslations.get(locale, "chart.exports-imports.subtitle");
    }

    /** Whole-region, whole-year US-dollar figures of one measure, China's side, in year order. */
    private static List<Observation> figures(Dataset dataset, String measure) {
        return dataset.observationsOf(measure).stream()
                .filter(o -> o.period().kind() == Period.Kind.YEAR && o.country().isEmpty())
                .filter(o -> o.currency().filter(TradeVolumeChart.CURRENCY::equals).isPresent())
                .filter(o -> ReportingSide.chinaSide(dataset, o))
                .toList();
    }

    /** Every year with an export or an import figure, oldest first. */
    static List<Integer> years(Dataset dataset) {
        return MEASURES.stream().flatMap(m -> figures(dataset, m).stream()).map(o -> o.period().year()).distinct().sorted().toList();
    }

    /** The first figure of {@code measure} published for {@code year}. */
    static Optional<Observation> figure(Dataset dataset, String measure, int year) {
        return figures(dataset, measure).stream().filter(o -> o.period().year() == year).findFirst();
    }

    private static String seriesName(String measure, Locale locale) {
        return BundleTranslations.get(locale, measure.equals("exports-goods") ? "chart.exports-imports.series.exports"
                : "chart.exports-imports.series.imports");
    }

    @Override
    public List<ChartRow> rows(Dataset dataset, Locale locale) {
        List<ChartRow> rows = new ArrayList<>();
        for (int year : years(dataset)) {
            for (String measure : MEASURES) {
                figure(dataset, measure, year).ifPresent(o -> rows.add(new ChartRow(seriesName(measure, locale),
                        String.valueOf(year), o.value(), o.qualifier().code(), TradeVolumeChart.unit(o), o.id(),
                        List.of(Citations.cite(dataset, o.source(), locale)), o.note().map(n -> n.in(locale.getLanguage())))));
            }
        }
        return rows;
    }

    @Override
    public ChartOptions options(Dataset dataset, Locale locale) {
        FigureFormat format = new FigureFormat(locale);
        List<String> categories = years(dataset).stream().map(String::valueOf).toList();
        List<Series> series = new ArrayList<>();
        for (String measure : MEASURES) {
            List<Point> points = new ArrayList<>();
            for (int year : years(dataset)) {
                String category = String.valueOf(year);
                points.add(figure(dataset, measure, year)
                        .map(o -> TradeVolumeChart.point(category, o, format).withTexts(format.value(o), null))
                        .orElse(Point.of(category, null)));
            }
            series.add(new Series(seriesName(measure, locale), ChartType.BAR, points));
        }
        return ChartOptions.of(ChartType.BAR, "100%")
                .withSeries(series)
                .withAxes(Axis.categories(categories),
                        Axis.value(BundleTranslations.get(locale, "chart.trade-volume.axis"), Format.BILLIONS))
                .withPlotOptions(new PlotOptions(new Bar(false, "55%", null, null, 2, new DataLabelsPosition("top", false))))
                .withDataLabels(new DataLabels(true, Format.LABEL, null, -22, null, null,
                        new LabelStyle(List.of("#333333"), "12px", "600")))
                .withColors(List.of(Palette.BLUE, Palette.GREEN))
                // opaque, every series: ApexCharts draws bars at 85 %, which takes each colour below 3:1 on one canvas
                .withStyle(null, null, new ChartOptions.Fill("solid", List.of(1.0, 1.0)))
                .withLegend(new Legend(true, "top"))
                .withTooltip(Tooltip.of(Format.MONEY, null));
    }

    /** The years where one of the two is missing, and the years between with neither. */
    @Override
    public List<ChartNote> notes(Dataset dataset, Locale locale) {
        List<ChartNote> items = new ArrayList<>();
        for (int year : years(dataset)) {
            for (String measure : MEASURES) {
                if (figure(dataset, measure, year).isEmpty()) {
                    items.add(ChartNote.of("li", BundleTranslations.get(locale, "chart.exports-imports.missing",
                            seriesName(measure, locale), String.valueOf(year))).withId("missing-" + measure + "-" + year));
                }
            }
        }
        List<String> gaps = TradeEveryFigureChart.gaps(years(dataset));
        if (!gaps.isEmpty()) {
            items.add(ChartNote.of("li", BundleTranslations.get(locale, "chart.exports-imports.gaps", String.join(", ", gaps)))
                    .withId("exports-imports-gaps"));
        }
        return items.isEmpty() ? List.of() : List.of(ChartNote.of("ul").withId("exports-imports-notes").withClass("cc-note").with(items));
    }
}

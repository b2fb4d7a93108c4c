package org.ccfacts.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ccfacts.chart.ChartOptions;
import org.ccfacts.chart.ChartOptions.Axis;
import org.ccfacts.chart.ChartOptions.Bar;
import org.ccfacts.chart.ChartOptions.DataLabels;
import org.ccfacts.chart.ChartOptions.DataLabelsPosition;
import org.ccfacts.chart.ChartOptions.Grid;
import org.ccfacts.chart.ChartOptions.Padding;
import org.ccfacts.chart.ChartOptions.LabelStyle;
import org.ccfacts.chart.ChartOptions.Legend;
import org.ccfacts.chart.ChartOptions.PlotOptions;
import org.ccfacts.chart.ChartOptions.Point;
import org.ccfacts.chart.ChartOptions.Series;
import org.ccfacts.chart.ChartOptions.Title;
import org.ccfacts.chart.ChartOptions.Tooltip;
import org.ccfacts.chart.ChartType;
import org.ccfacts.chart.Format;
import org.ccfacts.chart.Palette;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.NamedList;
import org.ccfacts.dataset.Observation;
import org.ccfacts.dataset.Period;
import org.ccfacts.format.FigureFormat;
import org.ccfacts.i18n.BidiText;
import org.ccfacts.i18n.BundleTranslations;

/**
 * Trade in goods with each Central Asian country in one year, as China's customs (GACC) report it,
 * largest first. Where a partner country's own statistics publish a different value, it is drawn
 * as its own bar right below China's figure: both are shown, neither is preferred.
 */
public final class TradeByCountryChart implements ChartDefinition {

    public static final String ID = "trade-by-country-2023";
    static final int YEAR = 2023;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title(Locale locale) {
        return BundleTranslations.get(locale, "chart.trade-by-country-2023.title", String.valueOf(YEAR));
    }

    @Override
    public String subtitle(Locale locale) {
        return BundleTranslations.get(locale, "chart.trade-by-country-2023.subtitle");
    }

    /** Each partner's own statistic beside China's customs figure for it, one note each. */
    @Override
    public List<ChartNote> notes(Dataset dataset, Locale locale) {
        FigureFormat format = new FigureFormat(locale);
        return otherStatistics(dataset).stream().map(national -> {
            String customs = chinaCustoms(dataset).stream().filter(o -> o.country().equals(national.country()))
                    .findFirst().map(format::value).orElse(BundleTranslations.get(locale, "source.unknown"));
            return ChartNote.of("p", BundleTranslations.get(locale, "country.uz-national", format.value(national), customs)
                            + " " + BidiText.isolate(Citations.cite(dataset, national.source(), locale)))
                    .withId("national-" + national.id()).withClass("cc-note");
        }).toList();
    }

    /** China's customs figures for the year, one per country, largest first. */
    public static List<Observation> chinaCustoms(Dataset dataset) {
        return byCountry(dataset).stream()
                .filter(o -> isChinaCustoms(dataset, o))
                .sorted(Comparator.comparing(Observation::value).reversed())
                .toList();
    }

    /** Figures for the same countries and year from other statistics offices (the partner's own). */
    public static List<Observation> otherStatistics(Dataset dataset) {
        return byCountry(dataset).stream().filter(o -> !isChinaCustoms(dataset, o)).toList();
    }

    /** The country's name from the dataset's list of countries, in the locale's language. */
    public static String countryName(Dataset dataset, String countryCode, Locale locale) {
        return dataset.list("countries").flatMap(list -> list.items().stream()
                        .filter(item -> item.id().equalsIgnoreCase(countryCode)).findFirst())
                .map(NamedList.Item::label).map(label -> label.in(locale.getLanguage()))
                .orElse(countryCode);
    }

    @Override
    public List<ChartRow> rows(Dataset dataset, Locale locale) {
        List<ChartRow> rows = new ArrayList<>();
        for (Observation o : drawOrder(dataset)) {
            boolean customs = isChinaCustoms(dataset, o);
            rows.add(new ChartRow(seriesName(locale, customs), countryName(dataset, o.country().orElse(""), locale),
                    o.value(), o.qualifier().code(), o.currency().orElse("") + " bn", o.id(),
                    List.of(Citations.cite(dataset, o.source(), locale)), o.note().map(n -> n.in(locale.getLanguage()))));
        }
        return rows;
    }

    @Override
    public ChartOptions options(Dataset dataset, Locale locale) {
        List<Observation> drawn = drawOrder(dataset);
        List<String> categories = new ArrayList<>();
        List<Point> customs = new ArrayList<>();
        List<Point> national = new ArrayList<>();
        for (Observation o : drawn) {
            String name = countryName(dataset, o.country().orElse(""), locale);
            boolean fromCustoms = isChinaCustoms(dataset, o);
            String category = fromCustoms ? name
                    : BundleTranslations.get(locale, "chart.trade-by-country-2023.national-category", name);
            categories.add(category);
            // stacked, with the other series empty on this row: one full-height bar per row, two legend colours
            customs.add(fromCustoms ? point(category, o) : Point.of(category, null));
            national.add(fromCustoms ? Point.of(category, null) : point(category, o));
        }
        List<Series> series = new ArrayList<>();
        series.add(new Series(seriesName(locale, true), ChartType.BAR, customs));
        if (national.stream().anyMatch(p -> p.y() != null)) {
            series.add(new Series(seriesName(locale, false), ChartType.BAR, national));
        }
        // horizontal bars: ApexCharts puts the x-axis categories on the left and formats values with its labels
        return ChartOptions.of(ChartType.BAR, "100%").stacked()
                .withSeries(series)
                .withAxes(new Axis("category", null, null, null,
                                Title.of(BundleTranslations.get(locale, "chart.trade-by-country-2023.axis")),
                                new ChartOptions.Labels(Format.BILLIONS), categories, null, null),
                        // room for the longest category, "Узбекистан (собственная статистика)" (at 180 px it was cut
                        // before the words that tell the two Uzbek figures apart)
                        new Axis(null, null, null, null, null, new ChartOptions.Labels(null, null, 260), null, null, null))
                .withPlotOptions(new PlotOptions(new Bar(true, null, "70%", null, 3, new DataLabelsPosition("top", false))))
                .withDataLabels(new DataLabels(true, Format.MONEY, null, null, "start", 6,
                        new LabelStyle(List.of("#333333"), "12px", "600")))
                // opaque, every series: ApexCharts draws bars at 85 %, which takes purple below 3:1 on white
                .withStyle(null, null, new ChartOptions.Fill("solid", List.of(1.0, 1.0)))
                .withColors(List.of(Palette.BLUE, Palette.VERMILLION))
                .withLegend(new Legend(true, "top"))
                // room right of the longest bar for its value label
                .withGrid(new Grid(new Padding(0, 48, 0, 0), null))
                .withTooltip(Tooltip.of(Format.MONEY, null));
    }

    private static String seriesName(Locale locale, boolean customs) {
        return BundleTranslations.get(locale, customs ? "chart.trade-by-country-2023.series.gacc"
                : "chart.trade-by-country-2023.series.national");
    }

    /** China's figures largest first, each followed by the partner's own figure for the same country. */
    private static List<Observation> drawOrder(Dataset dataset) {
        List<Observation> order = new ArrayList<>();
        List<Observation> others = otherStatistics(dataset);
        for (Observation o : chinaCustoms(dataset)) {
            order.add(o);
            others.stream().filter(n -> n.country().equals(o.country())).forEach(order::add);
        }
        others.stream().filter(n -> !order.contains(n)).forEach(order::add);
        return order;
    }

    private static Point point(String category, Observation o) {
        return new Point(category, o.value(), o.qualifier().code(), o.currency().orElse(null), o.source(), null);
    }

    private static List<Observation> byCountry(Dataset dataset) {
        return dataset.observationsOf(TradeVolumeChart.MEASURE).stream()
                .filter(o -> o.period().kind() == Period.Kind.YEAR && o.period().year() == YEAR)
                .filter(o -> o.country().isPresent())
                .filter(o -> o.currency().filter(TradeVolumeChart.CURRENCY::equals).isPresent())
                .toList();
    }

    /** Whether the publication quotes China's customs (GACC) rather than another statistics office. */
    static boolean isChinaCustoms(Dataset dataset, Observation o) {
        Optional<String> from = dataset.source(o.source()).flatMap(s -> s.dataFrom());
        return from.filter(f -> f.contains("GACC") || f.contains("General Administration of Customs")).isPresent();
    }
}

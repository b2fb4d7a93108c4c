package org.ccfacts.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ccfacts.chart.ChartOptions;
import org.ccfacts.chart.ChartOptions.Axis;
import org.ccfacts.chart.ChartOptions.Bar;
import org.ccfacts.chart.ChartOptions.DataLabels;
import org.ccfacts.chart.ChartOptions.DataLabelsPosition;
import org.ccfacts.chart.ChartOptions.Grid;
import org.ccfacts.chart.ChartOptions.LabelStyle;
import org.ccfacts.chart.ChartOptions.Legend;
import org.ccfacts.chart.ChartOptions.Padding;
import org.ccfacts.chart.ChartOptions.PlotOptions;
import org.ccfacts.chart.ChartOptions.Point;
import org.ccfacts.chart.ChartOptions.Series;
import org.ccfacts.chart.ChartOptions.Title;
import org.ccfacts.chart.ChartOptions.Tooltip;
import org.ccfacts.chart.ChartType;
import org.ccfacts.chart.Format;
import org.ccfacts.chart.Palette;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.Observation;
import org.ccfacts.dataset.Period;
import org.ccfacts.dataset.Qualifier;
import org.ccfacts.format.FigureFormat;
import org.ccfacts.i18n.BidiText;
import org.ccfacts.i18n.BundleTranslations;

/**
 * Trade in goods with each Central Asian country, every year China's side (its customs or its Ministry of
 * Commerce) published a figure for it: a bar per country and year, each country's years together, newest first
 * and in the strongest colour, so each country's change reads down its group and the countries compare by colour.
 * A year a country has no published figure has no bar (and a note says so); nothing is filled in. A second value
 * China's side published for the same country and year is named under the chart; partners' own statistics are
 * {@link CustomsAndPartnersChart}'s.
 */
public final class TradeByCountryYearsChart implements ChartDefinition {

    public static final String ID = "trade-by-country-years";
    /** Newest year first: blue, then green, purple, grey (all at least 3:1 on white but grey, a fourth year). */
    private static final List<String> YEAR_COLOURS = List.of(Palette.BLUE, Palette.GREEN, Palette.PURPLE, Palette.VERMILLION);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title(Locale locale) {
        return BundleTranslations.get(locale, "chart.trade-by-country-years.title");
    }

    @Override
    public String subtitle(Locale locale) {
        return BundleTranslations.get(locale, "chart.trade-by-country-years.subtitle");
    }

    @Override
    public ChartLayout layout() {
        return ChartLayout.STANDARD.withCardHeight("560px");
    }

    /** China's per-country, whole-year US-dollar figures whose source names China's customs or Ministry of Commerce. */
    private static List<Observation> published(Dataset dataset) {
        return dataset.observationsOf(TradeVolumeChart.MEASURE).stream()
                .filter(o -> o.period().kind() == Period.Kind.YEAR && o.country().isPresent())
                .filter(o -> o.currency().filter(TradeVolumeChart.CURRENCY::equals).isPresent())
                .filter(o -> ReportingSide.of(dataset, o) == ReportingSide.CHINA)
                .toList();
    }

    /** The years drawn, newest first. */
    static List<Integer> years(Dataset dataset) {
        return published(dataset).stream().map(o -> o.period().year()).distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /**
     * The figure drawn for each country and year (an exact one before a bound, then the first in the file),
     * keyed country then year; countries largest first in the newest year they have a figure for.
     */
    static Map<String, Map<Integer, Observation>> drawn(Dataset dataset) {
        Map<String, Map<Integer, Observation>> byCountry = new LinkedHashMap<>();
        for (Observation o : published(dataset)) {
            byCountry.computeIfAbsent(o.country().orElseThrow(), c -> new LinkedHashMap<>())
                    .merge(o.period().year(), o, (a, b) -> rank(b) < rank(a) ? b : a);
        }
        Comparator<Map<Integer, Observation>> newestFirst = Comparator.comparing(
                (Map<Integer, Observation> m) -> m.keySet().stream().max(Integer::compare).orElse(0))
                .thenComparing(m -> m.get(m.keySet().stream().max(Integer::compare).orElseThrow()).inBillions());
        Map<String, Map<Integer, Observation>> sorted = new LinkedHashMap<>();
        byCountry.entrySet().stream().sorted(Map.Entry.comparingByValue(newestFirst.reversed()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** China's other published values for a country and year than the one drawn (Kazakhstan 2024: 43.8 beside 43.82). */
    static List<Observation> alsoPublished(Dataset dataset) {
        Map<String, Map<Integer, Observation>> drawn = drawn(dataset);
        return published(dataset).stream().filter(o -> {
            Observation shown = drawn.get(o.country().orElseThrow()).get(o.period().year());
            return o.inBillions().compareTo(shown.inBillions()) != 0 || o.qualifier() != shown.qualifier();
        }).toList();
    }

    @Override
    public List<ChartRow> rows(Dataset dataset, Locale locale) {
        List<ChartRow> rows = new ArrayList<>();
        drawn(dataset).forEach((country, byYear) -> years(dataset).stream().filter(byYear::containsKey).forEach(year -> {
            Observation o = byYear.get(year);
            rows.add(new ChartRow(String.valueOf(year), TradeByCountryChart.countryName(dataset, country, locale), o.value(),
                    o.qualifier().code(), TradeVolumeChart.unit(o), o.id(),
                    TradeVolumeChart.sameFigure(dataset, o).stream().map(s -> Citations.cite(dataset, s.source(), locale)).distinct().toList(),
                    o.note().map(n -> n.in(locale.getLanguage()))));
        }));
        return rows;
    }

    /**
     * One row per country and year, the country's rows together, newest year first, each bar in its year's colour.
     * Stacked, the other years empty on a row: a bar per row at full height, and ApexCharts keeps each value label
     * beside its bar (grouped bars move the label of a short bar onto the axis).
     */
    @Override
    public ChartOptions options(Dataset dataset, Locale locale) {
        FigureFormat format = new FigureFormat(locale);
        List<Integer> years = years(dataset);
        List<String> categories = new ArrayList<>();
        List<List<Point>> byYear = new ArrayList<>();
        years.forEach(y -> byYear.add(new ArrayList<>()));
        drawn(dataset).forEach((country, figures) -> {
            String name = TradeByCountryChart.countryName(dataset, country, locale);
            for (int year : years) {
                Observation o = figures.get(year);
                if (o == null) {
                    continue; // no figure published for this country in this year: no bar, never a zero
                }
                // one line, "Kyrgyzstan, 2024": two lines per row did not fit thirteen rows on a slide, and ApexCharts
                // sizes the label column by the first of several lines (Arabic "قيرغيزستان" was drawn past the edge)
                String category = BundleTranslations.get(locale, "chart.trade-by-country-years.label", name, String.valueOf(year));
                categories.add(category);
                for (int i = 0; i < years.size(); i++) {
                    byYear.get(i).add(years.get(i) == year
                            ? TradeVolumeChart.point(category, o, format).withTexts(format.value(o), null) : Point.of(category, null));
                }
            }
        });
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            series.add(new Series(String.valueOf(years.get(i)), ChartType.BAR, byYear.get(i)));
        }
        return ChartOptions.of(ChartType.BAR, "100%").stacked()
                .withSeries(series)
                .withAxes(new Axis("category", null, null, null, Title.of(BundleTranslations.get(locale, "chart.trade-volume.axis")),
                                new ChartOptions.Labels(Format.BILLIONS), categories, null, null),
                        // the labels 10 px nearer the bars: ApexCharts' label column had no room for its own 15 px gap
                        new Axis(null, null, null, null, null, new ChartOptions.Labels(null, null, 160, 10), null, null, null))
                .withPlotOptions(new PlotOptions(new Bar(true, null, "75%", null, 2, new DataLabelsPosition("top", false))))
                .withDataLabels(new DataLabels(true, Format.LABEL, null, null, "start", 6,
                        new LabelStyle(List.of("#333333"), "12px", "600")))
                .withColors(YEAR_COLOURS.subList(0, Math.min(years.size(), YEAR_COLOURS.size())))
                // opaque, every year's series: ApexCharts draws bars at 85 %, which takes its colours below 3:1
                .withStyle(null, null, new ChartOptions.Fill("solid", Collections.nCopies(series.size(), 1.0)))
                .withLegend(new Legend(true, "top"))
                .withGrid(new Grid(new Padding(0, 72, 0, 0), null))
                .withTooltip(Tooltip.of(Format.MONEY, null));
    }

    /** Which country has no figure in which drawn year, the years with none at all, and China's other values. */
    @Override
    public List<ChartNote> notes(Dataset dataset, Locale locale) {
        FigureFormat format = new FigureFormat(locale);
        Map<String, Map<Integer, Observation>> drawn = drawn(dataset);
        List<ChartNote> items = new ArrayList<>();
        for (int year : years(dataset)) {
            List<String> missing = drawn.entrySet().stream().filter(e -> !e.getValue().containsKey(year))
                    .map(e -> TradeByCountryChart.countryName(dataset, e.getKey(), locale)).toList();
            if (!missing.isEmpty()) {
                items.add(ChartNote.of("li", BundleTranslations.get(locale, "chart.trade-by-country-years.missing",
                        String.valueOf(year), String.join(", ", missing))).withId("country-missing-" + year));
            }
        }
        List<String> gaps = TradeEveryFigureChart.gaps(years(dataset));
        if (!gaps.isEmpty()) {
            items.add(ChartNote.of("li", BundleTranslations.get(locale, "chart.trade-by-country-years.gaps", String.join(", ", gaps)))
                    .withId("country-gaps"));
        }
        for (Observation o : alsoPublished(dataset)) {
            items.add(ChartNote.of("li", BundleTranslations.get(locale, "chart.trade-by-country-years.also",
                    TradeByCountryChart.countryName(dataset, o.country().orElseThrow(), locale), String.valueOf(o.period().year()),
                    format.value(o), "(" + BidiText.isolate(Citations.cite(dataset, o.source(), locale)) + ")")).withId("country-also-" + o.id()));
        }
        return items.isEmpty() ? List.of() : List.of(ChartNote.of("ul").withId("country-years-notes").withClass("cc-note").with(items));
    }

    private static int rank(Observation o) {
        return o.qualifier() == Qualifier.EXACT ? 0 : o.qualifier() == Qualifier.LOWER_BOUND ? 1 : 2;
    }

    /** The drawn figure for a country and year, if one was published. */
    static Optional<Observation> figure(Dataset dataset, String country, int year) {
        return Optional.ofNullable(drawn(dataset).getOrDefault(country, Map.of()).get(year));
    }
}

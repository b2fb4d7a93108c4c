package org.ccfacts.catalog;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
import org.ccfacts.dataset.Qualifier;
import org.ccfacts.format.FigureFormat;
import org.ccfacts.i18n.BidiText;
import org.ccfacts.i18n.BundleTranslations;

/**
 * Trade in goods, China with the five countries: every whole-year US-dollar figure China's side published, one
 * bar per figure, newest year on top, each bar naming its sources. Where sources give the same value it is one
 * bar citing all of them (2022's 70.2: CGTN, bne IntelliNews, News Central Asia); where they differ each value
 * is its own bar (2024: 94.8, 94.82, ≈ 93.8), so every figure's tooltip is reachable. A figure that is not exact
 * (a published conversion, a "more than") is a bar of its own colour with its qualifier in its label. Part-year
 * and yuan figures are listed under the chart, never drawn on this whole-year dollar axis; years nobody
 * published are named as gaps.
 */
public final class TradeEveryFigureChart implements ChartDefinition {

    public static final String ID = "trade-every-figure";

    /** One bar: a value published for a year, and every observation (source) that publishes it. */
    record Figure(Observation first, List<Observation> sources) {
        int year() {
            return first.period().year();
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title(Locale locale) {
        return BundleTranslations.get(locale, "chart.trade-every-figure.title");
    }

    @Override
    public String subtitle(Locale locale) {
        return BundleTranslations.get(locale, "chart.trade-every-figure.subtitle");
    }

    /** Each drawn figure is a row of its own: a taller card than the one-column default. */
    @Override
    public ChartLayout layout() {
        return ChartLayout.STANDARD.withCardHeight("600px");
    }

    /** The figures drawn, newest year first, then the larger value first within a year. */
    static List<Figure> figures(Dataset dataset) {
        List<Figure> figures = new ArrayList<>();
        for (Observation o : TradeVolumeChart.regionUsdYears(dataset)) {
            if (figures.stream().noneMatch(f -> f.sources().contains(o))) {
                figures.add(new Figure(o, TradeVolumeChart.sameFigure(dataset, o)));
            }
        }
        return figures.stream().sorted(Comparator.comparing(Figure::year).reversed()
                .thenComparing(f -> f.first().inBillions(), Comparator.reverseOrder())).toList();
    }

    /** The publishers of a figure, each once, in file order: the second line of its bar's label. */
    private static String publishers(Dataset dataset, Figure f) {
        return String.join(", ", f.sources().stream()
                .map(o -> dataset.source(o.source()).map(s -> s.publisher()).orElse(o.source())).distinct().toList());
    }

    /**
     * "2024 · Yicai", "2022 · CGTN +2": a bar's category, the year and the first publisher, with how many more
     * publish the same value. Distinct for every bar of a year, since each bar is a value or publisher of its own.
     */
    private static String shortLabel(Dataset dataset, Figure f, Locale locale) {
        List<String> publishers = f.sources().stream()
                .map(o -> dataset.source(o.source()).map(s -> s.publisher()).orElse(o.source())).distinct().toList();
        String first = publishers.getFirst();
        return f.year() + " · " + (publishers.size() == 1 ? first
                : BundleTranslations.get(locale, "chart.trade-every-figure.more-publishers", first, String.valueOf(publishers.size() - 1)));
    }

    /** "2024 · Yicai": where a figure sits, so a note about it names its source and not only its year. */
    private static String label(Dataset dataset, Figure f) {
        return f.year() + " · " + publishers(dataset, f);
    }

    @Override
    public List<ChartRow> rows(Dataset dataset, Locale locale) {
        FigureFormat format = new FigureFormat(locale);
        List<ChartRow> rows = new ArrayList<>();
        for (Figure f : figures(dataset)) {
            Observation o = f.first();
            rows.add(new ChartRow(seriesName(locale, o), label(dataset, f), o.value(), o.qualifier().code(),
                    TradeVolumeChart.unit(o), o.id(), cite(dataset, f.sources(), locale), o.note().map(n -> n.in(locale.getLanguage()))));
        }
        for (Observation o : TradeVolumeChart.otherCurrencyYears(dataset)) {
            rows.add(listed(dataset, "chart.trade-every-figure.series.cny", o, format, locale));
        }
        for (Observation o : TradeVolumeChart.partialYears(dataset)) {
            rows.add(listed(dataset, "chart.trade-every-figure.series.partial", o, format, locale));
        }
        return rows;
    }

    /**
     * A figure listed with the chart (table, CSV) but not drawn on its axis: its series name says so. Labelled with
     * its publisher and unit too, so the export's "≈" note names Yicai's January–May conversion, not every
     * January–May figure.
     */
    private static ChartRow listed(Dataset dataset, String seriesKey, Observation o, FigureFormat format, Locale locale) {
        // and its currency: Global Times publishes January–May 2025 in yuan (exact) and in dollars (a conversion)
        String label = format.period(o.period()) + " · " + dataset.source(o.source()).map(s -> s.publisher()).orElse(o.source())
                + " (" + format.unitName(TradeVolumeChart.unit(o)) + ")";
        return new ChartRow(BundleTranslations.get(locale, seriesKey), label, o.value(), o.qualifier().code(),
                TradeVolumeChart.unit(o), o.id(), cite(dataset, List.of(o), locale), o.note().map(n -> n.in(locale.getLanguage())));
    }

    private static List<String> cite(Dataset dataset, List<Observation> sources, Locale locale) {
        return sources.stream().map(o -> Citations.cite(dataset, o.source(), locale)).distinct().toList();
    }

    private static String seriesName(Locale locale, Observation o) {
        return BundleTranslations.get(locale, o.qualifier() == Qualifier.EXACT ? "chart.trade-every-figure.series.exact"
                : "chart.trade-every-figure.series.not-exact");
    }

    @Override
    public ChartOptions options(Dataset dataset, Locale locale) {
        FigureFormat format = new FigureFormat(locale);
        List<String> categories = new ArrayList<>();
        List<Point> exact = new ArrayList<>();
        List<Point> notExact = new ArrayList<>();
        for (Figure f : figures(dataset)) {
            Observation o = f.first();
            // one line, the year and the first publisher ("2022 · CGTN +2"): a row per figure leaves room for one line
            // only, so the full list of publishers is in the table, the notes and the export's sources
            String category = shortLabel(dataset, f, locale);
            categories.add(category);
            Point point = TradeVolumeChart.point(category, o, format).withTexts(format.value(o), null);
            // stacked, the other series empty on this row: one full-height bar per row, a colour per kind
            boolean isExact = o.qualifier() == Qualifier.EXACT;
            exact.add(isExact ? point : Point.of(category, null));
            notExact.add(isExact ? Point.of(category, null) : point);
        }
        List<Series> series = new ArrayList<>();
        series.add(new Series(BundleTranslations.get(locale, "chart.trade-every-figure.series.exact"), ChartType.BAR, exact));
        series.add(new Series(BundleTranslations.get(locale, "chart.trade-every-figure.series.not-exact"), ChartType.BAR, notExact));
        return ChartOptions.of(ChartType.BAR, "100%").stacked()
                .withSeries(series)
                .withAxes(new Axis("category", null, null, null, Title.of(BundleTranslations.get(locale, "chart.trade-volume.axis")),
                                new ChartOptions.Labels(Format.BILLIONS), categories, null, null),
                        // room for the longest, "2025 · Xinhua via People's Daily"
                        new Axis(null, null, null, null, null, new ChartOptions.Labels(null, null, 230), null, null, null))
                .withPlotOptions(new PlotOptions(new Bar(true, null, "70%", null, 3, new DataLabelsPosition("top", false))))
                .withDataLabels(new DataLabels(true, Format.LABEL, null, null, "start", 6,
                        new LabelStyle(List.of("#333333"), "12px", "600")))
                // opaque, every series: ApexCharts draws bars at 85 %, which takes purple below 3:1 on white
                .withStyle(null, null, new ChartOptions.Fill("solid", List.of(1.0, 1.0)))
                .withColors(List.of(Palette.BLUE, Palette.PURPLE))
                .withLegend(new Legend(true, "top"))
                // room right of the longest bar for its value label
                .withGrid(new Grid(new Padding(0, 100, 0, 0), null))
                .withTooltip(Tooltip.of(Format.MONEY, null));
    }

    /**
     * Under the chart: what each figure that is not exact is (its own note), the years nobody published, the
     * part-year figures and the figures published in yuan.
     */
    @Override
    public List<ChartNote> notes(Dataset dataset, Locale locale) {
        FigureFormat format = new FigureFormat(locale);
        String language = locale.getLanguage();
        List<ChartNote> notes = new ArrayList<>();

        List<ChartNote> notExact = figures(dataset).stream().filter(f -> f.first().qualifier() != Qualifier.EXACT).map(f -> {
            Observation o = f.first();
            String what = o.note().map(n -> n.in(language)).orElse(BundleTranslations.get(locale, "qualifier." + o.qualifier().code()))
                    + convertedLater(dataset, o, locale).map(later -> " " + later).orElse("");
            return ChartNote.of("li", BundleTranslations.get(locale, "chart.trade-every-figure.not-exact-item", format.value(o),
                    String.valueOf(f.year()), BidiText.isolate(String.join("; ", cite(dataset, f.sources(), locale))), what))
                    .withId("not-exact-" + o.id());
        }).toList();
        if (!notExact.isEmpty()) {
            notes.add(ChartNote.of("div").withId("trade-not-exact").withClass("cc-note").with(
                    ChartNote.of("p", BundleTranslations.get(locale, "chart.trade-every-figure.not-exact")),
                    ChartNote.of("ul").with(notExact)));
        }

        List<String> gaps = gaps(figures(dataset).stream().map(Figure::year).toList());
        if (!gaps.isEmpty()) {
            notes.add(ChartNote.of("p", BundleTranslations.get(locale, "chart.trade-every-figure.gaps", String.join(", ", gaps)))
                    .withId("trade-gaps").withClass("cc-note"));
        }

        List<ChartNote> partial = TradeVolumeChart.partialYears(dataset).stream().map(o -> ChartNote.of("li",
                        BundleTranslations.get(locale, "trade.partial.item", format.value(o), partPeriod(o, locale))
                                + " (" + BidiText.isolate(Citations.cite(dataset, o.source(), locale)) + ")"
                                + o.note().map(n -> ". " + n.in(language)).orElse(""))
                .withId("partial-" + o.id())).toList();
        if (!partial.isEmpty()) {
            notes.add(ChartNote.of("div").withId("trade-partial").withClass("cc-note").with(
                    ChartNote.of("p", BundleTranslations.get(locale, "trade.partial.title")), ChartNote.of("ul").with(partial)));
        }

        List<String> yuan = TradeVolumeChart.otherCurrencyYears(dataset).stream()
                .map(o -> o.period() + ": " + format.value(o) + " (" + BidiText.isolate(Citations.cite(dataset, o.source(), locale)) + ")")
                .toList();
        if (!yuan.isEmpty()) {
            notes.add(ChartNote.of("p", BundleTranslations.get(locale, "trade.other-currency", String.join("; ", yuan)))
                    .withId("trade-yuan").withClass("cc-note"));
        }
        return notes;
    }

    /**
     * For a conversion its source published years later (2013's ≈ 43.48, converted in 2025): that it was
     * made then, so it is not read as a dollar figure of that year. From the source's date only; the rate is
     * not ours to state.
     */
    static Optional<String> convertedLater(Dataset dataset, Observation o, Locale locale) {
        if (o.qualifier() != Qualifier.APPROXIMATE) {
            return Optional.empty();
        }
        return dataset.source(o.source()).flatMap(s -> s.date()).filter(date -> date.year() > o.period().year() + 1)
                .map(date -> BundleTranslations.get(locale, "chart.trade-every-figure.converted-later",
                        String.valueOf(date.year()), String.valueOf(o.period().year())));
    }

    /** "January–May 2025" in the reader's language. */
    private static String partPeriod(Observation o, Locale locale) {
        return BundleTranslations.get(locale, "trade.partial.period", monthName(o.period().start().month(), locale),
                monthName(o.period().end().month(), locale), String.valueOf(o.period().year()));
    }

    private static String monthName(int month, Locale locale) {
        return Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale);
    }

    /**
     * The runs of years between the first and the last figure that have none: "1993–2011", "2014–2021", or a
     * single "2020". Only years are counted here; no figure is made.
     */
    static List<String> gaps(List<Integer> years) {
        Set<Integer> published = new TreeSet<>(years);
        if (published.isEmpty()) {
            return List.of();
        }
        int first = ((TreeSet<Integer>) published).first();
        int last = ((TreeSet<Integer>) published).last();
        List<String> runs = new ArrayList<>();
        Integer start = null;
        for (int year = first; year <= last + 1; year++) {
            boolean missing = year <= last && !published.contains(year);
            if (missing && start == null) {
                start = year;
            } else if (!missing && start != null) {
                runs.add(start == year - 1 ? String.valueOf(start) : start + "–" + (year - 1));
                start = null;
            }
        }
        return runs;
    }
}

package org.ccfacts.catalog;

import java.math.BigDecimal;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ccfacts.chart.ChartOptions;
import org.ccfacts.chart.ChartOptions.AnnotationLabel;
import org.ccfacts.chart.ChartOptions.AnnotationMarker;
import org.ccfacts.chart.ChartOptions.Annotations;
import org.ccfacts.chart.ChartOptions.Axis;
import org.ccfacts.chart.ChartOptions.DataLabels;
import org.ccfacts.chart.ChartOptions.LabelStyle;
import org.ccfacts.chart.ChartOptions.Markers;
import org.ccfacts.chart.ChartOptions.Point;
import org.ccfacts.chart.ChartOptions.PointAnnotation;
import org.ccfacts.chart.ChartOptions.Series;
import org.ccfacts.chart.ChartOptions.Stroke;
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
 * China–Central Asia trade in goods, whole years, in US dollars as published, on a true year axis.
 * Years without a published figure are gaps (the line breaks), never interpolated; a second
 * published value for a year is drawn as its own point.
 */
public final class TradeVolumeChart implements ChartDefinition {

    public static final String ID = "trade-volume";
    public static final String MEASURE = "trade-goods";
    /** The observation shown as the dashboard's first headline figure. */
    public static final String HEADLINE = "trade-2024-usd";
    static final String CURRENCY = "USD";
    /** Year ticks fall on multiples of this, so the axis reads 1990, 1995, … whatever the data span. */
    private static final int TICK_YEARS = 5;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title(Locale locale) {
        return BundleTranslations.get(locale, "chart.trade-volume.title");
    }

    @Override
    public String subtitle(Locale locale) {
        return BundleTranslations.get(locale, "chart.trade-volume.subtitle");
    }

    /** Across the dashboard: thirty-odd years need the width. */
    @Override
    public ChartLayout layout() {
        return ChartLayout.STANDARD.acrossTheDashboard().withCardHeight("380px");
    }

    /**
     * The article's 2024 figure (the product's headline), marked "Record" only while it is the highest whole
     * year drawn: derived from the data, not typed in (with 2025 published, it no longer is).
     */
    @Override
    public List<Headline> headlines(Dataset dataset) {
        Headline headline = Headline.observation(HEADLINE, "kpi.trade.label");
        boolean record = dataset.observation(HEADLINE).filter(o -> isRecord(dataset, o)).isPresent();
        return List.of(record ? headline.marked("kpi.trade.record") : headline);
    }

    private static boolean isRecord(Dataset dataset, Observation o) {
        return mainSeries(dataset).stream().map(Observation::inBillions).max(BigDecimal::compareTo)
                .filter(max -> max.compareTo(o.inBillions()) == 0).isPresent();
    }

    /** Part-year and yuan figures: shown beside the chart, never on its whole-year US-dollar axis. */
    @Override
    public List<ChartNote> notes(Dataset dataset, Locale locale) {
        FigureFormat format = new FigureFormat(locale);
        String language = locale.getLanguage();
        ChartNote notes = ChartNote.of("div");
        for (Observation o : partialYears(dataset)) {
            String period = BundleTranslations.get(locale, "trade.partial.period", monthName(o.period().start().month(), locale),
                    monthName(o.period().end().month(), locale), String.valueOf(o.period().year()));
            notes = notes.with(ChartNote.of("div").withId("partial-" + o.id()).withClass("cc-partial").with(
                    ChartNote.of("span", BundleTranslations.get(locale, "trade.partial.title")).withClass("cc-partial-title"),
                    ChartNote.of("span", BundleTranslations.get(locale, "trade.partial.text", format.value(o), period))
                            .withClass("cc-partial-value"),
                    ChartNote.of("span", BidiText.isolate(Citations.cite(dataset, o.source(), locale))
                            + o.note().map(n -> ". " + n.in(language)).orElse("")).withClass("cc-cite")));
        }
        List<String> yuan = otherCurrencyYears(dataset).stream().map(o -> o.period() + ": " + format.value(o)).toList();
        if (!yuan.isEmpty()) {
            notes = notes.with(ChartNote.of("p", BundleTranslations.get(locale, "trade.other-currency", String.join("; ", yuan)))
                    .withId("trade-yuan").withClass("cc-cite"));
        }
        return List.of(notes);
    }

    private static String monthName(int month, Locale locale) {
        return Month.of(month).getDisplayName(TextStyle.FULL, locale);
    }

    /**
     * The drawn figures, then the yuan figures and the part-year figure, which are listed here for the
     * table but never drawn on the US-dollar whole-year axis (their series names say so).
     */
    @Override
    public List<ChartRow> rows(Dataset dataset, Locale locale) {
        List<ChartRow> rows = new ArrayList<>();
        for (Observation o : mainSeries(dataset)) {
            rows.add(row(dataset, BundleTranslations.get(locale, "chart.trade-volume.series.main"), o, locale));
        }
        for (Observation o : otherValues(dataset)) {
            rows.add(row(dataset, BundleTranslations.get(locale, "chart.trade-volume.series.other"), o, locale));
        }
        for (Observation o : otherCurrencyYears(dataset)) {
            rows.add(row(dataset, BundleTranslations.get(locale, "chart.trade-volume.series.cny"), o, locale));
        }
        for (Observation o : partialYears(dataset)) {
            rows.add(row(dataset, BundleTranslations.get(locale, "chart.trade-volume.series.partial"), o, locale));
        }
        return rows;
    }

    /** Whole-region figures for part of a year (e.g. January–May): never comparable with whole years. */
    public static List<Observation> partialYears(Dataset dataset) {
        return dataset.observationsOf(MEASURE).stream()
                .filter(o -> o.period().kind() == Period.Kind.PART_OF_YEAR)
                .filter(o -> o.country().isEmpty())
                .toList();
    }

    /** Whole-region, whole-year figures published in another currency than US dollars. */
    public static List<Observation> otherCurrencyYears(Dataset dataset) {
        return dataset.observationsOf(MEASURE).stream()
                .filter(o -> o.period().kind() == Period.Kind.YEAR)
                .filter(o -> o.country().isEmpty())
                .filter(o -> o.currency().filter(CURRENCY::equals).isEmpty())
                .toList();
    }

    private static ChartRow row(Dataset dataset, String series, Observation o, Locale locale) {
        return new ChartRow(series, new FigureFormat(locale).period(o.period()), o.value(), o.qualifier().code(),
                o.currency().orElse("") + (o.scale().filter("million"::equals).isPresent() ? " mn" : " bn"), o.id(),
                List.of(Citations.cite(dataset, o.source(), locale)),
                o.note().map(n -> n.in(locale.getLanguage())));
    }

    /** The whole-year, whole-region US-dollar figures, one main value per year (exact before approximate). */
    public static List<Observation> mainSeries(Dataset dataset) {
        Map<Integer, Observation> byYear = new LinkedHashMap<>();
        for (Observation o : regionUsdYears(dataset)) {
            byYear.merge(o.period().year(), o, (a, b) -> rank(b) < rank(a) ? b : a);
        }
        return List.copyOf(byYear.values());
    }

    /** Figures other sources published for a year that differ from the main value. */
    public static List<Observation> otherValues(Dataset dataset) {
        List<Observation> main = mainSeries(dataset);
        return regionUsdYears(dataset).stream()
                .filter(o -> main.stream().noneMatch(m -> m.period().equals(o.period())
                        && m.inBillions().compareTo(o.inBillions()) == 0))
                .toList();
    }

    @Override
    public ChartOptions options(Dataset dataset, Locale locale) {
        FigureFormat format = new FigureFormat(locale);
        List<Observation> main = mainSeries(dataset);
        List<Point> points = new ArrayList<>();
        Integer previous = null;
        for (Observation o : main) {
            int year = o.period().year();
            if (previous != null && year > previous + 1) {
                points.add(Point.of(previous + 1, null)); // no figure published: the line must break here
            }
            points.add(point(year, o, format));
            previous = year;
        }
        List<Point> others = otherValues(dataset).stream().map(o -> point(o.period().year(), o, format)).toList();

        List<Series> series = new ArrayList<>();
        series.add(new Series(BundleTranslations.get(locale, "chart.trade-volume.series.main"), ChartType.LINE, points));
        if (!others.isEmpty()) {
            series.add(new Series(BundleTranslations.get(locale, "chart.trade-volume.series.other"), ChartType.SCATTER, others));
        }
        Optional<Observation> record = main.stream().max(Comparator.comparing(Observation::inBillions));
        Annotations annotations = record.map(r -> new Annotations(List.of(new PointAnnotation(r.period().year(),
                r.inBillions(), AnnotationLabel.of(BundleTranslations.get(locale, "chart.trade-volume.record", format.value(r)),
                        Palette.BLUE).placed("end", -14, 0),
                // no marker of its own: the series' point and a second source's ring stay visible
                new AnnotationMarker(0, Palette.BLUE, "#ffffff"))), null, null)).orElse(null);

        int first = main.isEmpty() ? 1990 : main.get(0).period().year();
        int last = main.isEmpty() ? 2025 : main.get(main.size() - 1).period().year();
        // whole ticks on multiples of five, with a year of air on each side of the data
        int axisMin = Math.floorDiv(first - 1, TICK_YEARS) * TICK_YEARS;
        int axisMax = -Math.floorDiv(-(last + 1), TICK_YEARS) * TICK_YEARS;
        return ChartOptions.of(ChartType.LINE, "100%")
                .withSeries(series)
                .withAxes(Axis.numeric(axisMin, axisMax, (axisMax - axisMin) / TICK_YEARS, null, Format.YEAR),
                        Axis.value(BundleTranslations.get(locale, "chart.trade-volume.axis"), Format.BILLIONS))
                .withAnnotations(annotations)
                .withColors(List.of(Palette.BLUE, Palette.VERMILLION))
                // "≈" and ">" beside the figures they qualify, on every page and export: the notes that explain
                // those marks (exports, the deck) refer to something drawn
                // right of its dot: above it, a mark met the line and the record label
                .withDataLabels(new DataLabels(true, Format.MARK, null, 6, "start", 10,
                        new LabelStyle(List.of("#333333"), "14px", "700")).withoutBackground())
                .withStyle(new Stroke(List.of(3, 0), "straight", null), new Markers(List.of(6, 11), List.of(1.0, 0.0), List.of(2, 3), null,
                        List.of("#ffffff", Palette.VERMILLION)),
                        // opaque: ApexCharts strokes the line at 85 %, which took blue below 3:1 on the dark canvas
                        new ChartOptions.Fill("solid", List.of(1.0, 1.0)))
                .withTooltip(Tooltip.of(Format.MONEY, Format.YEAR));
    }

    private static Point point(int year, Observation o, FigureFormat format) {
        Point point = new Point(year, o.inBillions(), o.qualifier().code(), o.currency().orElse(null), o.source(), null);
        // placed on the billions axis, but a figure published in millions is shown with its own digits (US$460 mn),
        // never as the axis value (US$0.46 bn, a conversion no page published)
        return o.inBillions().compareTo(o.value()) == 0 ? point : point.shownAs(format.value(o));
    }

    private static List<Observation> regionUsdYears(Dataset dataset) {
        return dataset.observationsOf(MEASURE).stream()
                .filter(o -> o.period().kind() == Period.Kind.YEAR)
                .filter(o -> o.country().isEmpty())
                .filter(o -> o.currency().filter(CURRENCY::equals).isPresent())
                .toList();
    }

    private static int rank(Observation o) {
        return o.qualifier() == Qualifier.EXACT ? 0 : o.qualifier() == Qualifier.LOWER_BOUND ? 1 : 2;
    }
}

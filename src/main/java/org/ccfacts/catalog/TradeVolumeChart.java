package org.ccfacts.catalog;

import java.math.BigDecimal;
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
import org.ccfacts.chart.ChartOptions.DiscreteMarker;
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
import org.ccfacts.i18n.BundleTranslations;

/**
 * China–Central Asia trade in goods, whole years, in US dollars as published, on a true year axis.
 * Years without a published figure are gaps (the line breaks), never interpolated. One figure per year:
 * the other values published for a year, and the part-year and yuan figures, are {@link TradeEveryFigureChart}'s;
 * a figure that is not exact is a hollow ring with its qualifier in its label.
 */
public final class TradeVolumeChart implements ChartDefinition {

    public static final String ID = "trade-volume";
    public static final String MEASURE = "trade-goods";
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
     * The newest whole year drawn (with its qualifier: "> US$100 bn" stays a bound), marked "Record" only while
     * it is also the highest whole year drawn: derived from the data, not typed in. Until 2025 was published
     * this was the summit article's 2024 figure; a headline that stays on an older year would read as current.
     */
    @Override
    public List<Headline> headlines(Dataset dataset) {
        return headline(dataset).map(o -> {
            Headline headline = Headline.observation(o.id(), "kpi.trade.label");
            return List.of(isRecord(dataset, o) ? headline.marked("kpi.trade.record") : headline);
        }).orElse(List.of());
    }

    /** The figure on the trade headline card: the main value of the newest whole year drawn. */
    public static Optional<Observation> headline(Dataset dataset) {
        List<Observation> main = mainSeries(dataset);
        return main.isEmpty() ? Optional.empty() : Optional.of(main.get(main.size() - 1));
    }

    private static boolean isRecord(Dataset dataset, Observation o) {
        return mainSeries(dataset).stream().map(Observation::inBillions).max(BigDecimal::compareTo)
                .filter(max -> max.compareTo(o.inBillions()) == 0).isPresent();
    }

    /**
     * One line: where the rest is. The other published values of a year, the part-year and yuan figures and the
     * partner countries' statistics are charts of their own ({@link TradeEveryFigureChart},
     * {@link CustomsAndPartnersChart}), so this card stays short.
     */
    @Override
    public List<ChartNote> notes(Dataset dataset, Locale locale) {
        return List.of(ChartNote.of("p", BundleTranslations.get(locale, "chart.trade-volume.note")).withId("trade-volume-note")
                .withClass("cc-note"));
    }

    /**
     * The drawn figures, one per year, each citing every source that publishes that same value (2022's 70.2:
     * CGTN, bne IntelliNews, News Central Asia).
     */
    @Override
    public List<ChartRow> rows(Dataset dataset, Locale locale) {
        String series = BundleTranslations.get(locale, "chart.trade-volume.series.main");
        return mainSeries(dataset).stream().map(o -> row(dataset, series, o, locale)).toList();
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
                unit(o), o.id(), sameFigure(dataset, o).stream().map(s -> Citations.cite(dataset, s.source(), locale)).distinct().toList(),
                o.note().map(n -> n.in(locale.getLanguage())));
    }

    /** "USD bn", "USD mn", "CNY bn": the row unit of a money figure in the scale it was published in. */
    static String unit(Observation o) {
        return o.currency().orElse("") + (o.scale().filter("million"::equals).isPresent() ? " mn" : " bn");
    }

    /**
     * {@code o} and every other whole-region figure of China's side publishing the same value for the same
     * period, with the same qualifier and currency: one figure, several sources, each cited.
     */
    static List<Observation> sameFigure(Dataset dataset, Observation o) {
        return dataset.observationsOf(MEASURE).stream()
                .filter(other -> other.period().equals(o.period()) && other.country().equals(o.country())
                        && other.currency().equals(o.currency()) && other.qualifier() == o.qualifier()
                        && other.inBillions().compareTo(o.inBillions()) == 0
                        && ReportingSide.chinaSide(dataset, other) == ReportingSide.chinaSide(dataset, o))
                .toList();
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
        Optional<Observation> record = main.stream().max(Comparator.comparing(Observation::inBillions));
        List<Point> points = new ArrayList<>();
        List<DiscreteMarker> notExact = new ArrayList<>();
        Integer previous = null;
        for (Observation o : main) {
            int year = o.period().year();
            if (previous != null && year > previous + 1) {
                points.add(Point.of(previous + 1, null)); // no figure published: the line must break here
            }
            boolean exact = o.qualifier() == Qualifier.EXACT;
            if (!exact) {
                // an approximate figure or a bound is a hollow ring, not a dot like the exact ones
                notExact.add(new DiscreteMarker(0, points.size(), "transparent", Palette.BLUE, 7));
            }
            // and it says so beside it ("≈ US$43.48 bn"); exact figures are in their tooltips (labels on every point of
            // neighbouring years overlap, and ApexCharts then hides some), the record's in its annotation
            Point drawn = point(year, o, format).withTexts(exact || record.filter(o::equals).isPresent() ? "" : format.value(o), null);
            // every source that publishes this value, as the row cites them (ids separated by spaces, like a timeline event's)
            String sources = String.join(" ", sameFigure(dataset, o).stream().map(Observation::source).distinct().toList());
            points.add(new Point(drawn.x(), drawn.y(), drawn.qualifier(), drawn.currency(), sources, drawn.fillColor(),
                    drawn.label(), drawn.detail(), drawn.asPublished()));
            previous = year;
        }

        List<Series> series = List.of(new Series(BundleTranslations.get(locale, "chart.trade-volume.series.main"), ChartType.LINE, points));
        Annotations annotations = record.map(r -> new Annotations(List.of(new PointAnnotation(r.period().year(),
                r.inBillions(), AnnotationLabel.of(BundleTranslations.get(locale, "chart.trade-volume.record", format.value(r)),
                        Palette.BLUE).placed("end", -14, 0),
                // no marker of its own: the series' point stays visible and its tooltip reachable
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
                .withDataLabels(new DataLabels(true, Format.LABEL, null, -8, null, null,
                        new LabelStyle(List.of("#333333"), "12px", "600")).withoutBackground())
                .withColors(List.of(Palette.BLUE))
                .withStyle(new Stroke(List.of(3), "straight", null),
                        new Markers(List.of(6), List.of(1.0), List.of(2), null, List.of("#ffffff")).withDiscrete(notExact),
                        // opaque: ApexCharts strokes the line at 85 %, which took blue below 3:1 on the dark canvas
                        new ChartOptions.Fill("solid", List.of(1.0)))
                .withTooltip(Tooltip.of(Format.MONEY, Format.YEAR));
    }

    static Point point(Object x, Observation o, FigureFormat format) {
        Point point = new Point(x, o.inBillions(), o.qualifier().code(), o.currency().orElse(null), o.source(), null);
        // placed on the billions axis, but a figure published in millions is shown with its own digits (US$460 mn),
        // never as the axis value (US$0.46 bn, a conversion no page published)
        return o.inBillions().compareTo(o.value()) == 0 ? point : point.shownAs(format.value(o));
    }

    /**
     * Whole-region, whole-year US-dollar figures of China's side. A figure its source says was compiled on the
     * partners' side (the Eurasian Development Bank's 66.2 for 2024) is not on this line: it is set against
     * China's figure in {@link CustomsAndPartnersChart}.
     */
    static List<Observation> regionUsdYears(Dataset dataset) {
        return dataset.observationsOf(MEASURE).stream()
                .filter(o -> o.period().kind() == Period.Kind.YEAR)
                .filter(o -> o.country().isEmpty())
                .filter(o -> o.currency().filter(CURRENCY::equals).isPresent())
                .filter(o -> ReportingSide.chinaSide(dataset, o))
                .toList();
    }

    private static int rank(Observation o) {
        return o.qualifier() == Qualifier.EXACT ? 0 : o.qualifier() == Qualifier.LOWER_BOUND ? 1 : 2;
    }
}

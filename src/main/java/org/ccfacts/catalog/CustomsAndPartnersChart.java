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
import org.ccfacts.chart.ChartOptions.LabelStyle;
import org.ccfacts.chart.ChartOptions.Legend;
import org.ccfacts.chart.ChartOptions.Padding;
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
import org.ccfacts.i18n.BidiText;
import org.ccfacts.i18n.BundleTranslations;

/**
 * China's statistics (customs, Ministry of Commerce) against the partners' side (a Central Asian statistics
 * office, or the Eurasian Development Bank's compilation from the Central Asian side) for the same trade, year
 * and country or the whole region: two bars side by side per pair, China's above, so the size of the gap reads at a glance.
 * Neither is preferred; the published reasons for the gap (transit cargo, methodology) are the notes. Partner
 * figures are drawn here only, never on China's line ({@link TradeVolumeChart}).
 */
public final class CustomsAndPartnersChart implements ChartDefinition {

    public static final String ID = "customs-and-partners";

    /**
     * The published explanations of the gap, each shown when its source is in the dataset: the translation key
     * and the source it cites ({@code docs/DATA-COVERAGE.md}, "Why China's customs and the partners' statistics differ").
     */
    private static final List<List<String>> WHY = List.of(
            List.of("chart.customs-and-partners.why.transit", "kg24-2025-01-24"),
            List.of("chart.customs-and-partners.why.methodology", ""),
            List.of("chart.customs-and-partners.why.official", "bne-2024-02-04"));

    /** A partner-side figure and China's figure for the same thing, if China published one. */
    record Pair(Observation partner, Optional<Observation> china) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title(Locale locale) {
        return BundleTranslations.get(locale, "chart.customs-and-partners.title");
    }

    @Override
    public String subtitle(Locale locale) {
        return BundleTranslations.get(locale, "chart.customs-and-partners.subtitle");
    }

    @Override
    public ChartLayout layout() {
        return ChartLayout.STANDARD.withCardHeight("460px");
    }

    /** Every partner-side whole-year US-dollar figure with China's for the same year and country or region; newest first. */
    static List<Pair> pairs(Dataset dataset) {
        return dataset.observationsOf(TradeVolumeChart.MEASURE).stream()
                .filter(o -> o.period().kind() == Period.Kind.YEAR)
                .filter(o -> o.currency().filter(TradeVolumeChart.CURRENCY::equals).isPresent())
                .filter(o -> ReportingSide.of(dataset, o) == ReportingSide.PARTNER)
                .map(o -> new Pair(o, chinas(dataset, o)))
                .sorted(Comparator.comparing((Pair p) -> p.partner().period().year()).reversed()
                        .thenComparing(p -> p.partner().country().isPresent())
                        .thenComparing(p -> p.china().map(Observation::inBillions).orElse(p.partner().inBillions()), Comparator.reverseOrder()))
                .toList();
    }

    /** China's figure drawn elsewhere for the same year and the same country, or the region's main figure. */
    private static Optional<Observation> chinas(Dataset dataset, Observation partner) {
        int year = partner.period().year();
        return partner.country().isPresent()
                ? TradeByCountryYearsChart.figure(dataset, partner.country().get(), year)
                : TradeVolumeChart.mainSeries(dataset).stream().filter(o -> o.period().year() == year).findFirst();
    }

    /** "Kazakhstan" or "Central Asia (all five)": whose trade with China a pair measures. */
    private static String whose(Dataset dataset, Observation o, Locale locale) {
        return o.country().map(c -> TradeByCountryChart.countryName(dataset, c, locale))
                .orElse(BundleTranslations.get(locale, "chart.customs-and-partners.region"));
    }

    /** "Kazakhstan, 2024" in the reader's language (the Arabic comma in Arabic). */
    private static String label(Dataset dataset, Observation o, Locale locale) {
        return BundleTranslations.get(locale, "chart.customs-and-partners.label", whose(dataset, o, locale), String.valueOf(o.period().year()));
    }

    @Override
    public List<ChartRow> rows(Dataset dataset, Locale locale) {
        List<ChartRow> rows = new ArrayList<>();
        for (Pair pair : pairs(dataset)) {
            String label = label(dataset, pair.partner(), locale);
            pair.china().ifPresent(o -> rows.add(row(dataset, "chart.customs-and-partners.series.china", label, o, locale)));
            rows.add(row(dataset, "chart.customs-and-partners.series.partner", label, pair.partner(), locale));
        }
        return rows;
    }

    private static ChartRow row(Dataset dataset, String seriesKey, String label, Observation o, Locale locale) {
        return new ChartRow(BundleTranslations.get(locale, seriesKey), label, o.value(), o.qualifier().code(), TradeVolumeChart.unit(o),
                o.id(), List.of(Citations.cite(dataset, o.source(), locale)), o.note().map(n -> n.in(locale.getLanguage())));
    }

    /**
     * One row per pair (place and year), China's bar above the partner side's, side by side: the gap reads at a
     * glance, and half the rows of one row per side leave each row's label room on a slide. The side is named by
     * the legend and the tooltip; each value label stays beside its bar.
     */
    @Override
    public ChartOptions options(Dataset dataset, Locale locale) {
        FigureFormat format = new FigureFormat(locale);
        List<List<String>> categories = new ArrayList<>();
        List<Point> china = new ArrayList<>();
        List<Point> partner = new ArrayList<>();
        for (Pair pair : pairs(dataset)) {
            // whose trade on one line, the year on the next: a long region name is never cut off
            List<String> category = List.of(whose(dataset, pair.partner(), locale), String.valueOf(pair.partner().period().year()));
            categories.add(category);
            china.add(pair.china().map(o -> TradeVolumeChart.point(category, o, format).withTexts(format.value(o), null))
                    .orElse(Point.of(category, null)));
            partner.add(TradeVolumeChart.point(category, pair.partner(), format).withTexts(format.value(pair.partner()), null));
        }
        // stacked, a group of its own per side: side by side, never added up, each value label beyond its bar
        return ChartOptions.of(ChartType.BAR, "100%").stacked()
                .withSeries(List.of(
                        new Series(BundleTranslations.get(locale, "chart.customs-and-partners.series.china"), ChartType.BAR, china, "china"),
                        new Series(BundleTranslations.get(locale, "chart.customs-and-partners.series.partner"), ChartType.BAR, partner, "partner")))
                .withAxes(Axis.multiLineCategories(categories, BundleTranslations.get(locale, "chart.trade-volume.axis"), Format.BILLIONS),
                        new Axis(null, null, null, null, null, new ChartOptions.Labels(null, null, 170), null, null, null))
                .withPlotOptions(new PlotOptions(new Bar(true, null, "80%", null, 2, new DataLabelsPosition("top", false))))
                .withDataLabels(new DataLabels(true, Format.LABEL, null, null, "start", 6,
                        new LabelStyle(List.of("#333333"), "12px", "600")))
                // opaque, every series: ApexCharts draws bars at 85 %, which takes vermillion below 3:1 on white
                .withStyle(null, null, new ChartOptions.Fill("solid", List.of(1.0, 1.0)))
                // China's customs in the main blue; the partner side is a second source's value (vermillion)
                .withColors(List.of(Palette.BLUE, Palette.VERMILLION))
                .withLegend(new Legend(true, "top"))
                .withGrid(new Grid(new Padding(0, 72, 0, 0), null))
                .withTooltip(Tooltip.of(Format.MONEY, null));
    }

    /** What each partner figure is (its own note), China's figure missing where it is, and why the sides differ. */
    @Override
    public List<ChartNote> notes(Dataset dataset, Locale locale) {
        String language = locale.getLanguage();
        List<ChartNote> notes = new ArrayList<>();
        List<ChartNote> about = new ArrayList<>();
        for (Pair pair : pairs(dataset)) {
            Observation o = pair.partner();
            String label = label(dataset, o, locale);
            String text = BundleTranslations.get(locale, "chart.customs-and-partners.partner-item", label,
                    new FigureFormat(locale).value(o), "(" + BidiText.isolate(Citations.cite(dataset, o.source(), locale)) + ")")
                    + o.note().map(n -> " " + n.in(language)).orElse("")
                    + (pair.china().isEmpty() ? " " + BundleTranslations.get(locale, "chart.customs-and-partners.no-china") : "");
            about.add(ChartNote.of("li", text).withId("partner-" + o.id()));
        }
        if (!about.isEmpty()) {
            notes.add(ChartNote.of("ul").withId("partner-figures").withClass("cc-note").with(about));
        }
        List<ChartNote> why = new ArrayList<>();
        for (List<String> reason : WHY) {
            String sourceId = reason.get(1);
            if (sourceId.isEmpty()) {
                why.add(ChartNote.of("li", BundleTranslations.get(locale, reason.get(0))).withId("why-" + reason.get(0).replaceAll(".*\\.", "")));
            } else if (dataset.source(sourceId).isPresent()) {
                why.add(ChartNote.of("li", BundleTranslations.get(locale, reason.get(0), BidiText.isolate(Citations.cite(dataset, sourceId, locale))))
                        .withId("why-" + reason.get(0).replaceAll(".*\\.", "")));
            }
        }
        if (!pairs(dataset).isEmpty()) {
            notes.add(ChartNote.of("div").withId("partner-why").withClass("cc-note").with(
                    ChartNote.of("p", BundleTranslations.get(locale, "chart.customs-and-partners.why")), ChartNote.of("ul").with(why)));
        }
        return notes;
    }
}

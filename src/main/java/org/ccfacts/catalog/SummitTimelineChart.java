package org.ccfacts.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ccfacts.chart.ChartOptions;
import org.ccfacts.chart.ChartOptions.Axis;
import org.ccfacts.chart.ChartOptions.DataLabels;
import org.ccfacts.chart.ChartOptions.Grid;
import org.ccfacts.chart.ChartOptions.LabelStyle;
import org.ccfacts.chart.ChartOptions.Labels;
import org.ccfacts.chart.ChartOptions.Legend;
import org.ccfacts.chart.ChartOptions.Markers;
import org.ccfacts.chart.ChartOptions.Padding;
import org.ccfacts.chart.ChartOptions.Point;
import org.ccfacts.chart.ChartOptions.Series;
import org.ccfacts.chart.ChartOptions.Tooltip;
import org.ccfacts.chart.ChartOptions.TooltipValue;
import org.ccfacts.chart.ChartType;
import org.ccfacts.chart.Format;
import org.ccfacts.chart.Palette;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.Event;
import org.ccfacts.dataset.PartialDate;
import org.ccfacts.i18n.BidiText;
import org.ccfacts.i18n.BundleTranslations;

/**
 * The timeline from diplomatic ties to the summits, one row per event so labels never collide, each row
 * named by its event and place. Held
 * events are filled dots; a scheduled one is a hollow, dashed dot in another colour and its label says
 * "scheduled". Dates stay as precise as published: the tooltip shows "2027", never an invented day.
 */
public final class SummitTimelineChart implements ChartDefinition {

    public static final String ID = "summit-timeline";
    private static final int TICK_YEARS = 5;
    /** The widest an event's row label may be, in CSS pixels; its lines are wrapped well within it. */
    private static final int ROW_LABEL_WIDTH = 480;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title(Locale locale) {
        return BundleTranslations.get(locale, "chart.summit-timeline.title");
    }

    @Override
    public String subtitle(Locale locale) {
        return BundleTranslations.get(locale, "chart.summit-timeline.subtitle");
    }

    /** Across the dashboard, and taller: one row per event (taller still in presentation mode). */
    @Override
    public ChartLayout layout() {
        ChartLayout.Heights standard = ChartLayout.STANDARD.heights();
        // in presentation mode, rows of 24 px text: as tall as the slide allows beside its title and sources
        return new ChartLayout(true, new ChartLayout.Heights("400px", standard.page(), "64vh", standard.deck()));
    }

    /** Every event with its date as published, held or scheduled, place, note and sources. */
    @Override
    public List<ChartNote> notes(Dataset dataset, Locale locale) {
        String language = locale.getLanguage();
        ChartNote list = ChartNote.of("ol").withId("event-list").withClass("cc-events");
        for (Event e : dataset.timeline()) {
            boolean scheduled = e.status() == Event.Status.SCHEDULED;
            ChartNote item = ChartNote.of("li").withId("event-" + e.id())
                    .withClass(scheduled ? "cc-event-scheduled" : "cc-event-held")
                    .with(ChartNote.of("span", published(e)).withClass("cc-event-date"),
                            ChartNote.of("span", BundleTranslations.get(locale, scheduled ? "timeline.scheduled" : "timeline.held"))
                                    .withTheme(scheduled ? "badge contrast" : "badge").withClass("cc-event-status"),
                            ChartNote.of("span", e.title().in(language)).withClass("cc-event-title"));
            if (e.place().isPresent()) {
                item = item.with(ChartNote.of("p", BundleTranslations.get(locale, "timeline.item.place", e.place().get().in(language))));
            }
            if (e.note().isPresent()) {
                item = item.with(ChartNote.of("p", e.note().get().in(language)));
            }
            List<String> sources = e.sources().stream().map(s -> BidiText.isolate(Citations.cite(dataset, s, locale))).toList();
            list = list.with(item.with(ChartNote.of("p", BundleTranslations.get(locale, "timeline.item.sources",
                    String.join(BundleTranslations.get(locale, "export.source.separator"), sources))).withClass("cc-cite")));
        }
        return List.of(list);
    }

    @Override
    public List<ChartRow> rows(Dataset dataset, Locale locale) {
        String language = locale.getLanguage();
        return dataset.timeline().stream().map(e -> new ChartRow(seriesName(locale, e.status()), published(e),
                null, e.status() == Event.Status.SCHEDULED ? "scheduled" : "held", "", e.id(),
                e.sources().stream().map(s -> Citations.cite(dataset, s, locale)).toList(),
                java.util.Optional.of(e.title().in(language) + e.place().map(p -> " — " + p.in(language)).orElse(""))))
                .toList();
    }

    /** The date as published: "2023-05-18–2023-05-19", "2027". */
    static String published(Event e) {
        return e.date() + e.end().map(end -> "–" + end).orElse("");
    }

    @Override
    public ChartOptions options(Dataset dataset, Locale locale) {
        return options(dataset, locale, Format.ROW);
    }

    /**
     * On a slide, each row's lines are as wide as the axis allows (Format.ROW_FIT): in 24 px type, lines of a
     * fixed 56 columns were wider than the axis in Russian, and were cut with "…" or wrapped to three lines that
     * ran into the next row. Every event keeps its title and place.
     */
    @Override
    public ChartOptions slideOptions(Dataset dataset, Locale locale) {
        return options(dataset, locale, Format.ROW_FIT);
    }

    private ChartOptions options(Dataset dataset, Locale locale, Format rowLabels) {
        String language = locale.getLanguage();
        List<Event> events = dataset.timeline();
        List<Point> held = new ArrayList<>();
        List<Point> scheduled = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            int lane = events.size() - i; // first event on top
            boolean isScheduled = e.status() == Event.Status.SCHEDULED;
            String label = isScheduled
                    ? BundleTranslations.get(locale, "chart.summit-timeline.scheduled-label", String.valueOf(e.date().year()))
                    : String.valueOf(e.date().year());
            String detail = published(e) + " · " + e.title().in(language)
                    + e.place().map(p -> " · " + p.in(language)).orElse("");
            // its sources' ids, space-separated: what the keyboard mode cites for the event (a11y.ChartReading)
            Point point = new Point(position(e.date()), lane, null, null, String.join(" ", e.sources()), null)
                    .withTexts(label, detail);
            (isScheduled ? scheduled : held).add(point);
        }
        int firstYear = events.isEmpty() ? 1990 : events.get(0).date().year();
        int lastYear = events.isEmpty() ? 2030 : events.get(events.size() - 1).date().year();
        // ticks on multiples of five years, with room for the first and last labels
        int axisMin = Math.floorDiv(firstYear - 1, TICK_YEARS) * TICK_YEARS;
        int axisMax = -Math.floorDiv(-(lastYear + 2), TICK_YEARS) * TICK_YEARS;

        List<Series> series = new ArrayList<>();
        series.add(new Series(seriesName(locale, Event.Status.HELD), ChartType.SCATTER, held));
        series.add(new Series(seriesName(locale, Event.Status.SCHEDULED), ChartType.SCATTER, scheduled));
        return ChartOptions.of(ChartType.SCATTER, "100%")
                .withSeries(series)
                .withAxes(Axis.numeric(axisMin, axisMax, (axisMax - axisMin) / TICK_YEARS, null, Format.YEAR),
                        // each row names its event and place (Format.ROW): the rows read as a list of events in
                        // date order, not as a falling value (a bare staircase of dots read like a decline)
                        new Axis(null, 0, events.size() + 1, events.size() + 1, null, new Labels(rowLabels, null, ROW_LABEL_WIDTH),
                                null, null, null))
                .withDataLabels(new DataLabels(true, Format.LABEL, null, -12, null, null,
                        new LabelStyle(List.of(Palette.BLUE, Palette.VERMILLION), "12px", "600")))
                .withStyle(null, new Markers(List.of(9, 9), List.of(1.0, 0.0), List.of(2, 3), List.of(0, 3),
                        List.of(Palette.BLUE, Palette.VERMILLION)),
                        // opaque dots: at ApexCharts' 85 % the blue fell below 3:1 on the dark canvas
                        new ChartOptions.Fill("solid", List.of(1.0, 1.0)))
                .withColors(List.of(Palette.BLUE, Palette.VERMILLION))
                .withLegend(new Legend(true, "top"))
                .withGrid(new Grid(new Padding(0, 60, 0, 24), null))
                .withTooltip(new Tooltip(false, new TooltipValue(Format.DETAIL), TooltipValue.hidden()));
    }

    private static String seriesName(Locale locale, Event.Status status) {
        return BundleTranslations.get(locale, status == Event.Status.SCHEDULED
                ? "chart.summit-timeline.series.scheduled" : "chart.summit-timeline.series.held");
    }

    /**
     * Where a date sits on the year axis: its first possible day as a fraction of its year (2023-05-18 is
     * about 2023.38). A drawing position only: labels and tooltips show the date as published.
     */
    static double position(PartialDate date) {
        LocalDate start = date.start();
        return start.getYear() + (start.getDayOfYear() - 1) / (double) start.lengthOfYear();
    }
}

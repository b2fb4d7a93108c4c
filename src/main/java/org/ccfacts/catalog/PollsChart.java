package org.ccfacts.catalog;

import java.util.ArrayList;
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
import org.ccfacts.dataset.Poll;
import org.ccfacts.format.FigureFormat;
import org.ccfacts.i18n.BundleTranslations;

/**
 * The published survey shares, on a 0–100 % axis. Each bar is labelled with its question, in lines: off
 * the dashboard (an image, a slide, {@code /present}) nothing else says what "90 %" answers. The dashboard
 * also lists each question with its share and pollster under the chart. No sample size or margin of error: the source gives none.
 */
public final class PollsChart implements ChartDefinition {

    public static final String ID = "polls";
    /** The polls shown as headline figures on the dashboard, in order. */
    public static final List<String> HEADLINES = List.of("poll-mechanism", "poll-bri");
    /** A question's line length on the axis, in columns (a Chinese character counts two). */
    private static final int QUESTION_COLUMNS = 34;
    /** The widest a question's line may be, in CSS pixels. */
    private static final int QUESTION_LABEL_WIDTH = 320;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title(Locale locale) {
        return BundleTranslations.get(locale, "chart.polls.title");
    }

    @Override
    public String subtitle(Locale locale) {
        return BundleTranslations.get(locale, "chart.polls.subtitle");
    }

    /** Lower than most: a few horizontal bars. */
    @Override
    public ChartLayout layout() {
        return ChartLayout.STANDARD.withCardHeight("240px");
    }

    @Override
    public List<Headline> headlines(Dataset dataset) {
        return HEADLINES.stream().map(Headline::poll).toList();
    }

    /** The full questions, which the axis shortens to "Question 1, 2…", with share and pollster. */
    @Override
    public List<ChartNote> notes(Dataset dataset, Locale locale) {
        FigureFormat format = new FigureFormat(locale);
        List<ChartNote> items = dataset.polls().stream().map(p -> ChartNote.of("li", BundleTranslations.get(locale, "polls.item",
                format.percent(p.share()), p.question().in(locale.getLanguage()), p.pollster(), p.date().toString())))
                .toList();
        return List.of(ChartNote.of("ol").withId("poll-questions").with(items));
    }

    /** The short label of the n-th poll (1-based) as drawn on the axis. */
    public static String questionLabel(Locale locale, int number) {
        return BundleTranslations.get(locale, "polls.question", number);
    }

    @Override
    public List<ChartRow> rows(Dataset dataset, Locale locale) {
        return dataset.polls().stream().map(p -> new ChartRow(p.pollster() + ", " + p.date(),
                p.question().in(locale.getLanguage()), p.share(), "exact", "%", p.id(),
                List.of(Citations.cite(dataset, p.source(), locale)), java.util.Optional.empty())).toList();
    }

    @Override
    public ChartOptions options(Dataset dataset, Locale locale) {
        List<Point> points = new ArrayList<>();
        List<Poll> polls = dataset.polls();
        for (int i = 0; i < polls.size(); i++) {
            Poll p = polls.get(i);
            // the question itself on the axis, in lines: "Question 1" means nothing on a slide or an image
            String question = p.question().in(locale.getLanguage());
            points.add(new Point(ChartLines.wrap(question, QUESTION_COLUMNS), p.share(), "exact", null, p.source(), null)
                    .withTexts(p.pollster() + ", " + p.date(), p.question().in(locale.getLanguage())));
        }
        return ChartOptions.of(ChartType.BAR, "100%")
                .withSeries(List.of(new Series(BundleTranslations.get(locale, "chart.polls.series"), ChartType.BAR, points)))
                // the share beyond the bar's end, on the background (in the theme's text colour), never inside
                .withPlotOptions(new PlotOptions(new Bar(true, null, "50%", null, 3, new DataLabelsPosition("top", false))))
                .withDataLabels(new DataLabels(true, Format.PERCENT, null, null, "start", 6,
                        new LabelStyle(List.of("#333333"), "14px", "700")))
                .withAxes(new Axis("category", 0, 100, 5, null, new ChartOptions.Labels(Format.PERCENT), null, null, null),
                        new Axis(null, null, null, null, null, new ChartOptions.Labels(null, null, QUESTION_LABEL_WIDTH), null, null, null))
                // opaque, every series: ApexCharts draws bars at 85 %, which takes purple below 3:1 on white
                .withStyle(null, null, new ChartOptions.Fill("solid", List.of(1.0, 1.0)))
                .withColors(List.of(Palette.PURPLE))
                .withLegend(new Legend(false, null))
                .withTooltip(Tooltip.of(Format.PERCENT, null));
    }
}

package org.ccfacts.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.ccfacts.chart.ChartOptions;
import org.ccfacts.chart.ChartOptions.Point;
import org.ccfacts.chart.ChartOptions.Series;
import org.ccfacts.chart.ChartOptions.Tooltip;
import org.ccfacts.chart.ChartType;
import org.ccfacts.chart.Format;
import org.ccfacts.chart.Palette;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.Observation;
import org.ccfacts.format.FigureFormat;

/**
 * A chart that exists only in tests, added the way the README's "Add a chart" says: this class and a catalog
 * entry (in {@code AddAChartTest}), nothing in the views or exports. It draws China's exports to and imports
 * from the region in 2023, from the dashboard fixture, and uses everything a definition can give: a layout of
 * its own, a note and a marked headline. Its texts are written here instead of in the translation bundles,
 * so that the bundles hold only the product's charts.
 */
public final class ExportsAndImportsChart implements ChartDefinition {

    public static final String ID = "exports-imports-2023";
    public static final List<String> MEASURES = List.of("exports-goods", "imports-goods");
    public static final String HEADLINE = "exports-2023-usd";
    /** Unlike any product chart's, so a test can tell the pages took them from here. */
    public static final ChartLayout LAYOUT = new ChartLayout(true, new ChartLayout.Heights("310px", "510px", "51vh", "410px"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title(Locale locale) {
        return "Exports and imports, 2023";
    }

    @Override
    public String subtitle(Locale locale) {
        return "China's exports to and imports from Central Asia, US$ bn";
    }

    /** The whole region's exports and imports in 2023, in that order. */
    public static List<Observation> figures(Dataset dataset) {
        return MEASURES.stream().flatMap(m -> dataset.observationsOf(m).stream())
                .filter(o -> o.period().year() == 2023 && o.country().isEmpty()).toList();
    }

    @Override
    public ChartOptions options(Dataset dataset, Locale locale) {
        List<Point> points = figures(dataset).stream().map(o -> new Point(o.measure(), o.value(), o.qualifier().code(),
                o.currency().orElse(null), o.source(), null)).toList();
        return ChartOptions.of(ChartType.BAR, "100%")
                .withSeries(List.of(new Series("US$ bn", ChartType.BAR, points)))
                .withColors(List.of(Palette.GREEN))
                .withTooltip(Tooltip.of(Format.MONEY, null));
    }

    @Override
    public List<ChartRow> rows(Dataset dataset, Locale locale) {
        FigureFormat format = new FigureFormat(locale);
        return figures(dataset).stream().map(o -> new ChartRow(o.measure(), format.period(o.period()), o.value(),
                o.qualifier().code(), o.currency().orElse("") + " bn", o.id(),
                List.of(Citations.cite(dataset, o.source(), locale)), Optional.<String>empty())).toList();
    }

    @Override
    public ChartLayout layout() {
        return LAYOUT;
    }

    /** The balance of the two figures drawn: a note computed from the data. */
    @Override
    public List<ChartNote> notes(Dataset dataset, Locale locale) {
        List<BigDecimal> values = figures(dataset).stream().map(Observation::value).toList();
        BigDecimal balance = values.get(0).subtract(values.get(1));
        return List.of(ChartNote.of("p").withId("exports-imports-note").withClass("cc-note")
                .with(Stream.of("Balance: ", balance.toPlainString() + " bn").map(t -> ChartNote.of("span", t)).toList()));
    }

    @Override
    public List<Headline> headlines(Dataset dataset) {
        return List.of(Headline.observation(HEADLINE, "kpi.trade.label").marked("kpi.trade.record"));
    }
}

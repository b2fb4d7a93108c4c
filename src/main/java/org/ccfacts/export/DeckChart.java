package org.ccfacts.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ccfacts.a11y.Contrast;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.catalog.ChartRow;
import org.ccfacts.chart.ChartOptions;
import org.ccfacts.chart.ChartType;
import org.ccfacts.chart.Palette;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.format.FigureFormat;

/**
 * A chart as the deck draws it natively (an editable PowerPoint chart): the figures come from the chart's
 * {@link ChartDefinition#rows rows}, values as published; the options only say its form (line, columns or
 * bars), the series the chart draws and their colours, and the value axis's title. Generic over charts: a
 * new chart class is in the deck without deck code. A chart whose rows carry no figure (a timeline), or
 * whose form has no native counterpart here, has none and stays a picture.
 *
 * @param categories where the figures sit (years, countries, questions), in drawing order
 * @param series     one per legend entry, with a value or null per category
 * @param unit       the unit of every value, as the rows give it ("USD bn", "%")
 * @param rows       the rows drawn, as published: the embedded workbook lists them
 */
record DeckChart(Kind kind, List<String> categories, List<DeckSeries> series, String valueAxisTitle, String unit,
                 List<ChartRow> rows) {

    enum Kind { LINE, COLUMN, BAR }

    /** The money units of chart rows, each with a {@code deck.unit.*} text naming it as published. */
    private static final Map<String, String> MONEY_UNITS = Map.of(
            "USD bn", "deck.unit.usd-bn", "CNY bn", "deck.unit.cny-bn", "USD mn", "deck.unit.usd-mn", "CNY mn", "deck.unit.cny-mn");

    /**
     * @param values     the value drawn per category (null: no figure there)
     * @param published  the figure as the source published it, where the axis value is not ("US$460 mn" on a
     *                   billions axis), else null
     * @param qualifiers per category: exact, lower-bound, approximate (null where no value)
     * @param pointsOnly drawn as markers without a joining line (another source's figure for the same year)
     */
    record DeckSeries(String name, List<BigDecimal> values, List<String> published, List<String> qualifiers,
                      String colour, boolean pointsOnly) {
    }

    static Optional<DeckChart> of(ChartDefinition chart, Dataset dataset, Locale locale, String background) {
        ChartOptions options = chart.options(dataset, locale);
        Optional<Kind> kind = kindOf(options);
        List<ChartRow> rows = chart.rows(dataset, locale).stream().filter(ChartRow::hasValue).toList();
        if (kind.isEmpty() || rows.isEmpty()) {
            return Optional.empty();
        }
        List<String> drawnSeries = options.series() == null ? List.of()
                : options.series().stream().map(ChartOptions.Series::name).toList();
        // the rows list more than is drawn (a yuan series, a part year, for the table): keep the series the chart
        // draws; a chart whose rows name series otherwise (one per pollster) keeps them all
        boolean namesMatch = rows.stream().anyMatch(r -> drawnSeries.contains(r.series()));
        List<ChartRow> inSeries = rows.stream().filter(r -> !namesMatch || drawnSeries.contains(r.series())).toList();
        // the axis is in the unit most of its figures have (billions; a first year published in millions joins it)
        String unit = inSeries.stream().collect(java.util.stream.Collectors.groupingBy(ChartRow::unit,
                        LinkedHashMap::new, java.util.stream.Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        List<ChartRow> drawn = inSeries.stream().filter(r -> sameAxis(r.unit(), unit)).toList();
        if (drawn.isEmpty()) {
            return Optional.empty();
        }
        List<String> categories = categories(drawn, kind.get());
        Map<String, List<ChartRow>> bySeries = new LinkedHashMap<>();
        drawn.forEach(r -> bySeries.computeIfAbsent(r.series(), s -> new ArrayList<>()).add(r));
        FigureFormat format = new FigureFormat(locale);
        List<DeckSeries> series = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, List<ChartRow>> entry : bySeries.entrySet()) {
            int drawnIndex = drawnSeries.indexOf(entry.getKey());
            List<BigDecimal> values = new ArrayList<>();
            List<String> published = new ArrayList<>();
            List<String> qualifiers = new ArrayList<>();
            for (String category : categories) {
                Optional<ChartRow> row = entry.getValue().stream().filter(r -> r.label().equals(category)).findFirst();
                values.add(row.map(r -> onAxis(r, unit)).orElse(null));
                published.add(row.filter(r -> !r.unit().equals(unit))
                        .map(r -> format.figure(r.value(), r.unit(), org.ccfacts.dataset.Qualifier.EXACT)).orElse(null));
                qualifiers.add(row.map(ChartRow::qualifier).orElse(null));
            }
            boolean pointsOnly = drawnIndex >= 0 && options.series().get(drawnIndex).type() == ChartType.SCATTER;
            series.add(new DeckSeries(entry.getKey(), values, published, qualifiers,
                    colour(options, drawnIndex >= 0 ? drawnIndex : index, background), pointsOnly));
            index++;
        }
        return Optional.of(new DeckChart(kind.get(), categories, series, axisTitle(options, kind.get(), unit, format, locale), unit,
                drawn));
    }

    private static Optional<Kind> kindOf(ChartOptions options) {
        ChartType type = options.chart().type();
        if (type == ChartType.LINE) {
            return Optional.of(Kind.LINE);
        }
        if (type == ChartType.BAR) {
            boolean horizontal = options.plotOptions() != null && options.plotOptions().bar() != null
                    && Boolean.TRUE.equals(options.plotOptions().bar().horizontal());
            return Optional.of(horizontal ? Kind.BAR : Kind.COLUMN);
        }
        return Optional.empty();
    }

    /** A figure published in millions goes on a billions axis (as the dashboard draws it); other units do not. */
    private static boolean sameAxis(String rowUnit, String unit) {
        return rowUnit.equals(unit) || rowUnit.equals(unit.replace(" bn", " mn")) && unit.endsWith(" bn");
    }

    /** The value where the axis puts it: millions moved three places (exact, no rounding); the label keeps the published figure. */
    private static BigDecimal onAxis(ChartRow row, String unit) {
        return row.unit().equals(unit) ? row.value() : row.value().movePointLeft(3);
    }

    /**
     * Labels in order of first use; on a line of whole years, every year between the first and the last, so a
     * year nobody published is a gap on a true year axis and not two figures drawn side by side.
     */
    private static List<String> categories(List<ChartRow> rows, Kind kind) {
        Set<String> labels = new LinkedHashSet<>();
        rows.forEach(r -> labels.add(r.label()));
        if (kind == Kind.LINE && labels.stream().allMatch(l -> l.matches("\\d{4}"))) {
            int first = labels.stream().mapToInt(Integer::parseInt).min().orElseThrow();
            int last = labels.stream().mapToInt(Integer::parseInt).max().orElseThrow();
            List<String> years = new ArrayList<>();
            for (int year = first; year <= last; year++) {
                years.add(Integer.toString(year));
            }
            return years;
        }
        return List.copyOf(labels);
    }

    /** The chart's colour for the series, unless it is too faint on the slide (orange or sky blue on white). */
    private static String colour(ChartOptions options, int index, String background) {
        List<String> colours = options.colors() == null || options.colors().isEmpty() ? List.of(Palette.BLUE) : options.colors();
        String colour = colours.get(index % colours.size());
        if (colour.matches("#[0-9A-Fa-f]{6}") && Contrast.ratio(colour, background) >= Contrast.GRAPHICS) {
            return colour;
        }
        // the colours the dashboard uses for marks, in its order; black and grey carry no series meaning
        List<String> usable = List.of(Palette.BLUE, Palette.VERMILLION, Palette.GREEN, Palette.PURPLE).stream()
                .filter(c -> Contrast.ratio(c, background) >= Contrast.GRAPHICS).toList();
        return usable.isEmpty() ? colour : usable.get(index % usable.size());
    }

    /**
     * The value axis's title: for money, the unit of the values as published ("US$ billion", in Chinese 十亿美元:
     * the sheet holds billions, where the dashboard writes 亿 after shifting the point); else the title the chart
     * gives its value axis (x on horizontal bars, y otherwise), else the unit in words.
     */
    private static String axisTitle(ChartOptions options, Kind kind, String unit, FigureFormat format, Locale locale) {
        if (MONEY_UNITS.containsKey(unit)) {
            return org.ccfacts.i18n.BundleTranslations.get(locale, MONEY_UNITS.get(unit));
        }
        ChartOptions.Axis axis = kind == Kind.BAR ? options.xaxis() : options.yaxis();
        if (axis != null && axis.title() != null && axis.title().text() != null && !axis.title().text().isBlank()) {
            return axis.title().text();
        }
        return format.unitName(unit);
    }
}

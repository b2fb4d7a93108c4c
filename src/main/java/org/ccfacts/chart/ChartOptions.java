package org.ccfacts.chart;

import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The subset of the ApexCharts configuration this project uses, as immutable records. Serialized by
 * {@link ChartJson} only; null fields are left out so ApexCharts keeps its defaults.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChartOptions(Chart chart, List<Series> series, Axis xaxis, Axis yaxis, Annotations annotations,
                           DataLabels dataLabels, List<String> colors, Stroke stroke,
                           Markers markers, Legend legend, PlotOptions plotOptions, Tooltip tooltip, Fill fill,
                           Grid grid) {

    public ChartOptions {
        series = series == null ? null : List.copyOf(series);
        colors = colors == null ? null : List.copyOf(colors);
    }

    /** A chart of the given type with no series yet: toolbar, zoom and animations off. */
    public static ChartOptions of(ChartType type, String height) {
        return new ChartOptions(new Chart(type, height, Toggle.off(), Toggle.off(), Toggle.off(), "inherit", null),
                List.of(), null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Bars of all series on one row stack; a series with no value on a row leaves no gap there. */
    public ChartOptions stacked() {
        return copy(c -> c.chart = new Chart(chart.type(), chart.height(), chart.toolbar(), chart.zoom(),
                chart.animations(), chart.fontFamily(), chart.background(), true));
    }

    public ChartOptions withSeries(List<Series> series) {
        return copy(c -> c.series = series);
    }

    public ChartOptions withAxes(Axis xaxis, Axis yaxis) {
        return copy(c -> {
            c.xaxis = xaxis;
            c.yaxis = yaxis;
        });
    }

    public ChartOptions withAnnotations(Annotations annotations) {
        return copy(c -> c.annotations = annotations);
    }

    public ChartOptions withDataLabels(DataLabels dataLabels) {
        return copy(c -> c.dataLabels = dataLabels);
    }

    public ChartOptions withColors(List<String> colors) {
        return copy(c -> c.colors = colors);
    }

    public ChartOptions withStyle(Stroke stroke, Markers markers, Fill fill) {
        return copy(c -> {
            c.stroke = stroke;
            c.markers = markers;
            c.fill = fill;
        });
    }

    public ChartOptions withLegend(Legend legend) {
        return copy(c -> c.legend = legend);
    }

    public ChartOptions withPlotOptions(PlotOptions plotOptions) {
        return copy(c -> c.plotOptions = plotOptions);
    }

    public ChartOptions withTooltip(Tooltip tooltip) {
        return copy(c -> c.tooltip = tooltip);
    }

    public ChartOptions withGrid(Grid grid) {
        return copy(c -> c.grid = grid);
    }

    /** These options with {@code change} applied to a copy: the one place that lists every field twice. */
    private ChartOptions copy(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    /** A mutable stand-in for the record while one with-method changes some fields; never leaves this class. */
    private static final class Copy {
        Chart chart;
        List<Series> series;
        Axis xaxis;
        Axis yaxis;
        Annotations annotations;
        DataLabels dataLabels;
        List<String> colors;
        Stroke stroke;
        Markers markers;
        Legend legend;
        PlotOptions plotOptions;
        Tooltip tooltip;
        Fill fill;
        Grid grid;

        Copy(ChartOptions options) {
            chart = options.chart;
            series = options.series;
            xaxis = options.xaxis;
            yaxis = options.yaxis;
            annotations = options.annotations;
            dataLabels = options.dataLabels;
            colors = options.colors;
            stroke = options.stroke;
            markers = options.markers;
            legend = options.legend;
            plotOptions = options.plotOptions;
            tooltip = options.tooltip;
            fill = options.fill;
            grid = options.grid;
        }

        ChartOptions build() {
            return new ChartOptions(chart, series, xaxis, yaxis, annotations, dataLabels, colors,
                    stroke, markers, legend, plotOptions, tooltip, fill, grid);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Chart(ChartType type, String height, Toggle toolbar, Toggle zoom, Toggle animations,
                        String fontFamily, String background, Boolean stacked) {
        public Chart(ChartType type, String height, Toggle toolbar, Toggle zoom, Toggle animations,
                     String fontFamily, String background) {
            this(type, height, toolbar, zoom, animations, fontFamily, background, null);
        }
    }

    /** ApexCharts' toolbar says "show", zoom and animations "enabled": both are written, each reads its own. */
    public record Toggle(boolean show, boolean enabled) {
        public static Toggle off() {
            return new Toggle(false, false);
        }
    }

    /**
     * One series. {@code type} mixes series types in one chart (e.g. a line and a scatter point). {@code group}, on
     * a stacked chart, stacks only the series of the same group: a group per series draws them side by side while
     * ApexCharts still places each value label beyond its bar's end (grouped, unstacked bars pull a short bar's
     * label onto the axis).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Series(String name, ChartType type, List<Point> data, String group) {
        public Series {
            data = List.copyOf(data);
        }

        public Series(String name, ChartType type, List<Point> data) {
            this(name, type, data, null);
        }
    }

    /**
     * One data point. {@code y} is a number, null for "no figure" (a visible gap) or a two-element range.
     * {@code qualifier}, {@code currency} and {@code source} ride along for formatters and tooltips.
     * {@code asPublished} is the figure as its page writes it, for a point whose {@code y} is only its place on
     * the axis (a figure published in millions on a billions axis): the money formatter shows it instead of y.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Point(Object x, @JsonInclude(JsonInclude.Include.ALWAYS) Object y, String qualifier, String currency, String source, String fillColor,
                        String label, String detail, String asPublished) {
        public Point(Object x, Object y, String qualifier, String currency, String source, String fillColor) {
            this(x, y, qualifier, currency, source, fillColor, null, null, null);
        }

        public static Point of(Object x, Object y) {
            return new Point(x, y, null, null, null, null);
        }

        /**
         * A point that carries its own texts: a short {@code label} ({@link Format#LABEL}, e.g. for a data
         * label) and a longer {@code detail} ({@link Format#DETAIL}, e.g. for the tooltip).
         */
        public Point withTexts(String label, String detail) {
            return new Point(x, y, qualifier, currency, source, fillColor, label, detail, asPublished);
        }

        /** The same point, its tooltip and labels showing {@code text}: the figure as published. */
        public Point shownAs(String text) {
            return new Point(x, y, qualifier, currency, source, fillColor, label, detail, text);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Axis(String type, Number min, Number max, Integer tickAmount, Title title, Labels labels,
                       List<?> categories, Boolean reversed, Boolean opposite) {
        public static Axis numeric(Number min, Number max, Integer tickAmount, String title, Format format) {
            return new Axis("numeric", min, max, tickAmount, title == null ? null : Title.of(title),
                    new Labels(format), null, null, null);
        }

        public static Axis value(String title, Format format) {
            return new Axis(null, 0, null, null, title == null ? null : Title.of(title), new Labels(format), null,
                    null, null);
        }

        public static Axis categories(List<String> categories) {
            return new Axis("category", null, null, null, null, null, List.copyOf(categories), null, null);
        }

        /** Categories whose labels are several lines each (a list of lines per category). */
        public static Axis multiLineCategories(List<List<String>> categories, String title, Format valueFormat) {
            return new Axis("category", null, null, null, title == null ? null : Title.of(title),
                    new Labels(valueFormat), categories.stream().map(List::copyOf).toList(), null, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    /**
     * @param offsetX moves the labels towards the plot (ApexCharts draws a horizontal bar's category 15 px left of
     *                the plot, in a column it sized without those 15 px: a widest Arabic label then left the drawing)
     */
    public record Labels(Format formatter, Boolean show, Integer maxWidth, Integer offsetX) {
        public Labels(Format formatter) {
            this(formatter, null, null, null);
        }

        public Labels(Format formatter, Boolean show, Integer maxWidth) {
            this(formatter, show, maxWidth, null);
        }

        public static Labels hidden() {
            return new Labels(null, false, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Title(String text, String align) {
        public static Title of(String text) {
            return new Title(text, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Annotations(List<PointAnnotation> points, List<LineAnnotation> xaxis, List<LineAnnotation> yaxis) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PointAnnotation(Object x, Object y, AnnotationLabel label, AnnotationMarker marker) {
    }

    public record AnnotationMarker(int size, String fillColor, String strokeColor) {
    }

    /** A vertical (xaxis) or horizontal (yaxis) line, or a band when {@code x2}/{@code y2} is set. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LineAnnotation(Object x, Object x2, Object y, Object y2, String borderColor, String fillColor,
                                 Integer strokeDashArray, AnnotationLabel label) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnnotationLabel(String text, String borderColor, Style style, String orientation, Integer offsetY,
                                  String textAnchor, Integer offsetX) {
        public AnnotationLabel(String text, String borderColor, Style style, String orientation, Integer offsetY) {
            this(text, borderColor, style, orientation, offsetY, null, null);
        }

        public static AnnotationLabel of(String text, String color) {
            return new AnnotationLabel(text, color, new Style("#fff", color, null, null), null, null);
        }

        /** The label moved by ({@code dx}, {@code dy}) and anchored at its "start", "middle" or "end". */
        public AnnotationLabel placed(String anchor, int dx, int dy) {
            return new AnnotationLabel(text, borderColor, style, orientation, dy, anchor, dx);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Style(String color, String background, String fontSize, String fontWeight) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DataLabels(boolean enabled, Format formatter, List<Integer> enabledOnSeries, Integer offsetY,
                             String textAnchor, Integer offsetX, LabelStyle style, Toggle background) {
        public DataLabels(boolean enabled, Format formatter, List<Integer> enabledOnSeries, Integer offsetY) {
            this(enabled, formatter, enabledOnSeries, offsetY, null, null, null);
        }

        /** With ApexCharts' box behind each label (its default). */
        public DataLabels(boolean enabled, Format formatter, List<Integer> enabledOnSeries, Integer offsetY,
                          String textAnchor, Integer offsetX, LabelStyle style) {
            this(enabled, formatter, enabledOnSeries, offsetY, textAnchor, offsetX, style, null);
        }

        /** The same labels without a box behind them (a mark beside a dot, not a tag). */
        public DataLabels withoutBackground() {
            return new DataLabels(enabled, formatter, enabledOnSeries, offsetY, textAnchor, offsetX, style, Toggle.off());
        }

        public static DataLabels off() {
            return new DataLabels(false, null, null, null);
        }
    }

    /** Data-label text style: one colour per series (or one for all). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LabelStyle(List<String> colors, String fontSize, String fontWeight) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Stroke(List<Integer> width, String curve, List<Integer> dashArray) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Markers(List<Integer> size, List<Double> fillOpacity, List<Integer> strokeWidth,
                          List<Integer> strokeDashArray, List<String> strokeColors, List<DiscreteMarker> discrete) {
        public Markers(List<Integer> size, List<Double> fillOpacity, List<Integer> strokeWidth,
                       List<Integer> strokeDashArray, List<String> strokeColors) {
            this(size, fillOpacity, strokeWidth, strokeDashArray, strokeColors, null);
        }

        public Markers(List<Integer> size) {
            this(size, null, null, null, null);
        }

        /** The same markers, with these points drawn their own way. */
        public Markers withDiscrete(List<DiscreteMarker> points) {
            return new Markers(size, fillOpacity, strokeWidth, strokeDashArray, strokeColors, List.copyOf(points));
        }
    }

    /**
     * One point's own marker (ApexCharts' {@code markers.discrete}): e.g. a hollow ring for an approximate
     * figure on a line of exact ones. {@code dataPointIndex} counts the series' points, gaps included.
     */
    public record DiscreteMarker(int seriesIndex, int dataPointIndex, String fillColor, String strokeColor, int size) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Fill(Object type, List<Double> opacity, Gradient gradient) {
        public Fill(String type, List<Double> opacity) {
            this(type, opacity, null);
        }

        /** One fill type per series ("solid", "gradient"), e.g. a solid bar with a fading open end. */
        public static Fill perSeries(List<String> types, List<Double> opacity, Gradient gradient) {
            return new Fill(List.copyOf(types), opacity, gradient);
        }
    }

    /** A gradient along the bar ("horizontal"), from {@code opacityFrom} to {@code opacityTo}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Gradient(String type, Double opacityFrom, Double opacityTo, List<Integer> stops) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Grid(Padding padding, String borderColor) {
    }

    public record Padding(int top, int right, int bottom, int left) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Legend(boolean show, String position) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlotOptions(Bar bar) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Bar(Boolean horizontal, String columnWidth, String barHeight, Boolean distributed,
                      Integer borderRadius, DataLabelsPosition dataLabels) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DataLabelsPosition(String position, Boolean hideOverflowingLabels) {
        public DataLabelsPosition(String position) {
            this(position, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tooltip(Boolean shared, TooltipValue y, TooltipValue x, List<Integer> enabledOnSeries) {
        public Tooltip(Boolean shared, TooltipValue y, TooltipValue x) {
            this(shared, y, x, null);
        }

        public static Tooltip of(Format y, Format x) {
            return new Tooltip(false, new TooltipValue(y), x == null ? null : new TooltipValue(x));
        }

        /** Tooltips only on these series: a drawing aid (an open end) has no figure to tell. */
        public Tooltip onlyOnSeries(List<Integer> seriesIndexes) {
            return new Tooltip(shared, y, x, List.copyOf(seriesIndexes));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TooltipValue(Format formatter, Boolean show) {
        public TooltipValue(Format formatter) {
            this(formatter, null);
        }

        public static TooltipValue hidden() {
            return new TooltipValue(null, false);
        }
    }
}

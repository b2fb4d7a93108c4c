package org.ccfacts.export;

import java.awt.geom.Rectangle2D;
import java.util.Locale;

import javax.xml.namespace.QName;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.xmlbeans.XmlCursor;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.ccfacts.export.DeckChart.DeckSeries;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

/**
 * Draws a {@link DeckChart} as a native PowerPoint chart (DrawingML chart part with its embedded workbook):
 * the presenter can restyle it, change its type or edit a figure in PowerPoint or LibreOffice without
 * redrawing it. Every value is a cell of the embedded sheet; a figure that is not exact keeps its word in
 * its label and cell ("more than 30", "≈ 43.48") through a number format, so the value stays a number; a
 * second sheet lists the figures as published with qualifier, unit, observation and source.
 */
final class NativeChart {

    /** More bars than this get smaller category labels. */
    private static final int CROWDED = 8;

    /** The namespace of DrawingML charts (c:). */
    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    private static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String NS = "xmlns:c=\"" + C + "\" xmlns:a=\"" + A + "\"";

    private final DeckChart model;
    private final Locale locale;
    private final DeckText text;
    private final DeckLook look;
    private final DeckLabels labels;

    NativeChart(DeckChart model, Locale locale, DeckLook look) {
        this.model = model;
        this.labels = new DeckLabels(model, locale);
        this.locale = locale;
        this.text = new DeckText(locale.getLanguage());
        this.look = look;
    }

    void draw(XMLSlideShow deck, XSLFSlide slide, Rectangle2D anchor) {
        XSLFChart chart = deck.createChart(slide);
        // this one anchor is in EMU, not points like every other shape's
        slide.addChart(chart, new Rectangle2D.Double(Units.toEMU(anchor.getX()), Units.toEMU(anchor.getY()),
                Units.toEMU(anchor.getWidth()), Units.toEMU(anchor.getHeight())));
        chart.setAutoTitleDeleted(true); // the slide's own title text box says it, where it can wrap
        chart.getCTChartSpace().addNewSpPr().addNewNoFill();

        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(model.kind() == DeckChart.Kind.BAR ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = chart.createValueAxis(model.kind() == DeckChart.Kind.BAR ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        valueAxis.setTitle(model.valueAxisTitle());
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        // a bar's length is its value: the axis starts at zero (no figure is negative), and a share ends at 100 %
        valueAxis.setMinimum(0);
        if ("%".equals(model.unit())) {
            valueAxis.setMaximum(100);
        }
        if (model.kind() == DeckChart.Kind.BAR) {
            // first category on top, as on the dashboard; the value axis then stays at the bottom
            categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
            valueAxis.setCrosses(AxisCrosses.MAX);
        }
        style(categoryAxis, false);
        style(valueAxis, true);
        if (model.kind() == DeckChart.Kind.BAR && model.categories().size() > CROWDED) {
            // a dozen bars in the slide's chart area: 12 pt labels with Arabic line height overlap, and LibreOffice hid
            // every other one
            categoryAxis.getOrAddTextProperties().setFontSize(10.0);
        }
        // every category named: LibreOffice (and PowerPoint) skip every other label they judge crowded, which left
        // half the bars of the Arabic every-figure slide without their year and source
        // (written as XML: the schema classes POI ships have no type for it; last in catAx, as the schema orders it)
        try (XmlCursor cursor = chart.getCTChart().getPlotArea().getCatAxArray(0).newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(CHART_NS, "tickLblSkip", "c"));
            cursor.insertAttributeWithValue("val", "1");
        }

        XDDFChartData data = chart.createData(model.kind() == DeckChart.Kind.LINE ? ChartTypes.LINE : ChartTypes.BAR,
                categoryAxis, valueAxis);
        if (data instanceof XDDFBarChartData bars) {
            bars.setBarDirection(model.kind() == DeckChart.Kind.BAR ? BarDirection.BAR : BarDirection.COL);
            bars.setBarGrouping(BarGrouping.CLUSTERED);
        }
        data.setVaryColors(false);

        int rows = model.categories().size();
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(labels.categoryNames().toArray(String[]::new),
                chart.formatRange(new CellRangeAddress(1, rows, 0, 0)), 0);
        for (int i = 0; i < model.series().size(); i++) {
            DeckSeries deckSeries = model.series().get(i);
            Double[] values = deckSeries.values().stream().map(v -> v == null ? null : v.doubleValue()).toArray(Double[]::new);
            XDDFNumericalDataSource<Double> source = XDDFDataSourcesFactory.fromArray(values,
                    chart.formatRange(new CellRangeAddress(1, rows, i + 1, i + 1)), i + 1);
            XDDFChartData.Series series = data.addSeries(categories, source);
            series.setTitle(deckSeries.name(), chart.setSheetTitle(deckSeries.name(), i + 1));
            colour(series, deckSeries);
        }
        chart.plot(data);
        chart.displayBlanksAs(DisplayBlanks.GAP); // a year nobody published breaks the line
        if (data instanceof XDDFBarChartData) {
            // a row with one figure (one poll, one country's customs figure) gets a full bar, not a slot beside an empty one
            barSpacing(chart, oneFigurePerCategory() ? 100 : -10);
        }

        if (model.series().size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.TOP);
        }
        for (int i = 0; i < model.series().size(); i++) {
            valueLabels(data.getSeries(i), model.series().get(i));
        }
        new DeckWorkbook(model, labels, locale).fill(chart);
        textProperties(chart);
    }

    /**
     * Gap and overlap of the bars, written as XML: the schema classes POI ships for charts cannot set them
     * ({@code c:gapWidth}, {@code c:overlap} go right before the {@code c:axId}s of {@code c:barChart}).
     */
    private static void barSpacing(XSLFChart chart, int overlap) {
        for (var bar : chart.getCTChart().getPlotArea().getBarChartArray()) {
            try (XmlCursor cursor = bar.newCursor()) {
                cursor.toFirstChild();
                while (!cursor.getName().getLocalPart().equals("axId")) {
                    if (cursor.getName().getLocalPart().equals("gapWidth") || cursor.getName().getLocalPart().equals("overlap")) {
                        cursor.removeXml();
                    } else {
                        cursor.toNextSibling();
                    }
                }
                cursor.beginElement(new QName(C, "gapWidth", "c"));
                cursor.insertAttributeWithValue("val", "60");
                cursor.toEndToken();
                cursor.toNextToken();
                cursor.beginElement(new QName(C, "overlap", "c"));
                cursor.insertAttributeWithValue("val", Integer.toString(overlap));
            }
        }
    }

    private boolean oneFigurePerCategory() {
        for (int c = 0; c < model.categories().size(); c++) {
            int index = c;
            if (model.series().stream().filter(s -> s.values().get(index) != null).count() > 1) {
                return false;
            }
        }
        return true;
    }

    private void style(XDDFChartAxis axis, boolean grid) {
        axis.getOrAddTextProperties().setFillProperties(solid(look.muted()));
        axis.getOrAddTextProperties().setFontSize(12.0);
        axis.getOrAddShapeProperties().setLineProperties(line(look.grid()));
        if (grid) {
            axis.getOrAddMajorGridProperties().setLineProperties(line(look.grid()));
        }
    }

    private void colour(XDDFChartData.Series series, DeckSeries deckSeries) {
        XDDFShapeProperties shape = new XDDFShapeProperties();
        if (series instanceof XDDFLineChartData.Series line) {
            line.setSmooth(false);
            line.setMarkerStyle(MarkerStyle.CIRCLE);
            // another source's figure for a year is a point of its own, never joined into a second line
            shape.setLineProperties(deckSeries.pointsOnly() ? new XDDFLineProperties(new XDDFNoFillProperties())
                    : line(deckSeries.colour(), 3.0));
            line.setShapeProperties(shape);
            line.getCTLineSer().getMarker().addNewSpPr().addNewSolidFill().addNewSrgbClr().setVal(DeckLook.rgb(deckSeries.colour()));
        } else {
            shape.setFillProperties(solid(deckSeries.colour()));
            series.setShapeProperties(shape);
        }
    }

    /**
     * Value labels: on every figure where the chart shows them on its bars, and on every figure that is not
     * exact in any case, so a bound or an approximation is never a bare number on the slide.
     */
    private void valueLabels(XDDFChartData.Series series, DeckSeries deckSeries) {
        boolean line = model.kind() == DeckChart.Kind.LINE;
        boolean all = !line;
        StringBuilder xml = new StringBuilder("<xml-fragment ").append(NS).append('>');
        for (int i = 0; i < deckSeries.values().size(); i++) {
            String format = labels.formatCode(deckSeries, i);
            if (deckSeries.values().get(i) == null || format == null) {
                continue;
            }
            xml.append("<c:dLbl><c:idx val=\"").append(i).append("\"/>")
                    .append("<c:numFmt formatCode=\"").append(attribute(format)).append("\" sourceLinked=\"0\"/>")
                    .append(labelText()).append("<c:dLblPos val=\"").append(line ? "t" : "outEnd").append("\"/>")
                    .append(shows(true)).append("</c:dLbl>");
        }
        xml.append("<c:numFmt formatCode=\"").append(attribute(labels.plainNumber())).append("\" sourceLinked=\"0\"/>").append(labelText())
                .append("<c:dLblPos val=\"").append(line ? "t" : "outEnd").append("\"/>")
                .append(shows(all)).append("</xml-fragment>");
        try {
            CTDLbls labels = CTDLbls.Factory.parse(xml.toString());
            if (series instanceof XDDFLineChartData.Series s) {
                s.getCTLineSer().setDLbls(labels);
            } else if (series instanceof XDDFBarChartData.Series s) {
                s.getCTBarSer().setDLbls(labels);
            }
        } catch (XmlException e) {
            throw new IllegalStateException("data label XML of the deck is not well formed", e);
        }
    }

    private String labelText() {
        return "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:txPr>" + textXml(12, true) + "</c:txPr>";
    }

    private static String shows(boolean value) {
        return "<c:showLegendKey val=\"0\"/><c:showVal val=\"" + (value ? 1 : 0) + "\"/><c:showCatName val=\"0\"/>"
                + "<c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/>";
    }

    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * The chart's language ({@code c:lang}) and its text colour and language on every text: the schema
     * classes POI ships for charts lack {@code c:lang}, so it is written as XML.
     */
    private void textProperties(XSLFChart chart) {
        try (XmlCursor cursor = chart.getCTChartSpace().newCursor()) {
            cursor.toFirstChild();
            if (cursor.getName().getLocalPart().equals("date1904")) {
                cursor.toNextSibling();
            }
            cursor.beginElement(new QName(C, "lang", "c"));
            cursor.insertAttributeWithValue("val", text.tag());
        }
        try (XmlCursor cursor = chart.getCTChartSpace().newCursor()) {
            while (cursor.hasNextToken()) {
                if (cursor.toNextToken() == XmlCursor.TokenType.START) {
                    String name = cursor.getName().getLocalPart();
                    if (A.equals(cursor.getName().getNamespaceURI())
                            && (name.equals("defRPr") || name.equals("rPr") || name.equals("endParaRPr"))) {
                        cursor.setAttributeText(new QName("lang"), text.tag());
                    }
                }
            }
        }
        // the value axis's title: POI writes it without colour, black on a dark slide
        for (var axis : chart.getCTChart().getPlotArea().getValAxArray()) {
            if (axis.isSetTitle() && axis.getTitle().getTx() != null && axis.getTitle().getTx().isSetRich()) {
                for (var paragraph : axis.getTitle().getTx().getRich().getPList()) {
                    for (var run : paragraph.getRList()) {
                        var properties = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
                        properties.setSz(1200);
                        if (!properties.isSetSolidFill()) {
                            properties.addNewSolidFill().addNewSrgbClr().setVal(DeckLook.rgb(look.muted()));
                        }
                    }
                }
            }
        }
        if (chart.getCTChart().isSetLegend()) {
            chart.getCTChart().getLegend().setTxPr(textBody(12, false));
        }
    }

    /** Text properties of a chart part: the slide's text colour and language. */
    private org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody textBody(int size, boolean bold) {
        try {
            return org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody.Factory.parse("<xml-fragment " + NS + ">"
                    + textXml(size, bold) + "</xml-fragment>");
        } catch (XmlException e) {
            throw new IllegalStateException("text properties XML of the deck is not well formed", e);
        }
    }

    private String textXml(int size, boolean bold) {
        return "<a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"" + size * 100 + "\" b=\"" + (bold ? 1 : 0)
                + "\" lang=\"" + text.tag() + "\"><a:solidFill><a:srgbClr val=\"" + look.text().substring(1)
                + "\"/></a:solidFill></a:defRPr></a:pPr><a:endParaRPr lang=\"" + text.tag() + "\"/></a:p>";
    }

    private static XDDFSolidFillProperties solid(String hex) {
        return new XDDFSolidFillProperties(XDDFColor.from(DeckLook.rgb(hex)));
    }

    private static XDDFLineProperties line(String hex) {
        return line(hex, 0.75);
    }

    private static XDDFLineProperties line(String hex, double width) {
        XDDFLineProperties line = new XDDFLineProperties(solid(hex));
        line.setWidth(width);
        return line;
    }
}

package org.ccfacts.export;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.namespace.QName;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
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
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.ccfacts.catalog.ChartRow;
import org.ccfacts.export.DeckChart.DeckSeries;
import org.ccfacts.format.FigureFormat;
import org.ccfacts.i18n.BundleTranslations;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

/**
 * Draws a {@link DeckChart} as a native PowerPoint chart (DrawingML chart part with its embedded workbook):
 * the presenter can restyle it, change its type or edit a figure in PowerPoint or LibreOffice without
 * redrawing it. Every value is a cell of the embedded sheet; a figure that is not exact keeps its word in
 * its label and cell ("more than 30", "≈ 43.48") through a number format, so the value stays a number; a
 * second sheet lists the figures as published with qualifier, unit, observation and source.
 */
final class NativeChart {

    private static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String NS = "xmlns:c=\"" + C + "\" xmlns:a=\"" + A + "\"";

    private final DeckChart model;
    private final Locale locale;
    private final DeckText text;
    private final DeckLook look;

    NativeChart(DeckChart model, Locale locale, DeckLook look) {
        this.model = model;
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

        XDDFChartData data = chart.createData(model.kind() == DeckChart.Kind.LINE ? ChartTypes.LINE : ChartTypes.BAR,
                categoryAxis, valueAxis);
        if (data instanceof XDDFBarChartData bars) {
            bars.setBarDirection(model.kind() == DeckChart.Kind.BAR ? BarDirection.BAR : BarDirection.COL);
            bars.setBarGrouping(BarGrouping.CLUSTERED);
        }
        data.setVaryColors(false);

        int rows = model.categories().size();
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(categoryNames().toArray(String[]::new),
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
            labels(data.getSeries(i), model.series().get(i));
        }
        fillWorkbook(chart);
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

    /**
     * The category names as the axis and the sheet show them: with "(more than)" or "(≈)" where every figure
     * of the category has that qualifier (an investment bound, an approximate year).
     */
    List<String> categoryNames() {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < model.categories().size(); c++) {
            int index = c;
            List<String> qualifiers = model.series().stream().filter(s -> s.values().get(index) != null)
                    .map(s -> s.qualifiers().get(index)).distinct().toList();
            String name = model.categories().get(c);
            if (qualifiers.size() == 1 && isMarked(qualifiers.get(0))) {
                name = BundleTranslations.get(locale, "deck.category." + qualifiers.get(0), name);
            }
            names.add(name);
        }
        return names;
    }

    private static boolean isMarked(String qualifier) {
        return "lower-bound".equals(qualifier) || "approximate".equals(qualifier);
    }

    /**
     * The number format of a figure's label and cell: the qualifier's word around the number ("more than"
     * General), or the figure as published where the axis shows it in another scale; null for a plain number.
     */
    String formatCode(DeckSeries series, int index) {
        String qualifier = series.qualifiers().get(index);
        String published = series.published().get(index);
        String number = published == null ? plainNumber() : quoted(published);
        if (!isMarked(qualifier)) {
            return published == null ? null : number;
        }
        String pattern = BundleTranslations.get(locale, "deck.label." + qualifier, "\u0000");
        int at = pattern.indexOf('\u0000');
        return quoted(pattern.substring(0, at)) + number + quoted(pattern.substring(at + 1));
    }

    /**
     * A figure's own number format: a share with its per cent sign as the language writes it ("92.4 %",
     * "92.4%"), taken from {@link FigureFormat}; anything else as the number.
     */
    private String plainNumber() {
        if (!"%".equals(model.unit())) {
            return "General";
        }
        String one = new FigureFormat(locale).percent(java.math.BigDecimal.ONE);
        int at = one.indexOf('1');
        return quoted(one.substring(0, at)) + "General" + quoted(one.substring(at + 1));
    }

    private static String quoted(String literal) {
        return literal.isEmpty() ? "" : "\"" + literal.replace("\"", "'") + "\"";
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
    private void labels(XDDFChartData.Series series, DeckSeries deckSeries) {
        boolean line = model.kind() == DeckChart.Kind.LINE;
        boolean all = !line;
        StringBuilder xml = new StringBuilder("<xml-fragment ").append(NS).append('>');
        for (int i = 0; i < deckSeries.values().size(); i++) {
            String format = formatCode(deckSeries, i);
            if (deckSeries.values().get(i) == null || format == null) {
                continue;
            }
            xml.append("<c:dLbl><c:idx val=\"").append(i).append("\"/>")
                    .append("<c:numFmt formatCode=\"").append(attribute(format)).append("\" sourceLinked=\"0\"/>")
                    .append(labelText()).append("<c:dLblPos val=\"").append(line ? "t" : "outEnd").append("\"/>")
                    .append(shows(true)).append("</c:dLbl>");
        }
        xml.append("<c:numFmt formatCode=\"").append(attribute(plainNumber())).append("\" sourceLinked=\"0\"/>").append(labelText())
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

    /** The sheet the chart reads, with each figure's qualifier in its cell's format, and the figures as published. */
    private void fillWorkbook(XSLFChart chart) {
        try {
            XSSFWorkbook workbook = chart.getWorkbook();
            XSSFSheet sheet = workbook.getSheetAt(0);
            Map<String, XSSFCellStyle> styles = new HashMap<>();
            for (int s = 0; s < model.series().size(); s++) {
                DeckSeries series = model.series().get(s);
                for (int i = 0; i < series.values().size(); i++) {
                    String format = formatCode(series, i);
                    XSSFRow row = sheet.getRow(i + 1);
                    XSSFCell cell = row == null ? null : row.getCell(s + 1);
                    if (format != null && cell != null) {
                        cell.setCellStyle(styles.computeIfAbsent(format, f -> {
                            XSSFCellStyle style = workbook.createCellStyle();
                            style.setDataFormat(workbook.createDataFormat().getFormat(f));
                            return style;
                        }));
                    }
                }
            }
            figuresAsPublished(workbook.createSheet(sheetName()));
            chart.saveWorkbook(workbook);
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException("the chart's embedded workbook could not be written", e);
        }
    }

    private String sheetName() {
        return BundleTranslations.get(locale, "deck.sheet.figures").replaceAll("[\\[\\]:*?/\\\\]", " ")
                .substring(0, Math.min(31, BundleTranslations.get(locale, "deck.sheet.figures").length()));
    }

    private void figuresAsPublished(XSSFSheet sheet) {
        List<String> header = List.of("table.column.series", "table.column.label", "table.column.value",
                "table.column.unit", "table.column.qualifier", "deck.sheet.observation", "table.column.source", "table.column.note");
        XSSFRow top = sheet.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            top.createCell(i).setCellValue(BundleTranslations.get(locale, header.get(i)));
        }
        int r = 1;
        for (ChartRow row : model.rows()) {
            XSSFRow line = sheet.createRow(r++);
            line.createCell(0).setCellValue(row.series());
            line.createCell(1).setCellValue(row.label());
            line.createCell(2).setCellValue(row.value().doubleValue());
            line.createCell(3).setCellValue(row.unit());
            line.createCell(4).setCellValue(BundleTranslations.get(locale, "table.qualifier." + row.qualifier()));
            line.createCell(5).setCellValue(row.observation());
            line.createCell(6).setCellValue(row.source());
            line.createCell(7).setCellValue(row.note().orElse(""));
        }
        sheet.setRightToLeft(text.rightToLeft());
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

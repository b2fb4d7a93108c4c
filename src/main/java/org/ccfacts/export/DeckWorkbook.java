package org.ccfacts.export;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccfacts.catalog.ChartRow;
import org.ccfacts.export.DeckChart.DeckSeries;
import org.ccfacts.i18n.BundleTranslations;

/**
 * The workbook embedded in a native chart: the sheet the chart reads (POI writes the values; here each cell
 * not exact gets its qualifier's number format) and a second sheet of the figures as published, with
 * qualifier, unit, observation id, source and note, so the slide's data can be checked without the app.
 */
final class DeckWorkbook {

    private final DeckChart chart;
    private final DeckLabels labels;
    private final Locale locale;

    DeckWorkbook(DeckChart chart, DeckLabels labels, Locale locale) {
        this.chart = chart;
        this.labels = labels;
        this.locale = locale;
    }

    /** The sheet the chart reads, with each figure's qualifier in its cell's format, and the figures as published. */
    void fill(XSLFChart part) {
        try {
            XSSFWorkbook workbook = part.getWorkbook();
            XSSFSheet sheet = workbook.getSheetAt(0);
            Map<String, XSSFCellStyle> styles = new HashMap<>();
            for (int s = 0; s < chart.series().size(); s++) {
                DeckSeries series = chart.series().get(s);
                for (int i = 0; i < series.values().size(); i++) {
                    String format = labels.formatCode(series, i);
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
            part.saveWorkbook(workbook);
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
        for (ChartRow row : chart.rows()) {
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
        sheet.setRightToLeft(new DeckText(locale.getLanguage()).rightToLeft());
    }
}

package org.ccfacts.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.ccfacts.catalog.ChartRow;

/**
 * Exactly the figures a chart draws, one row each, with where they come from.
 *
 * <ul>
 * <li>RFC 4180: comma-separated, CRLF line ends, a field is quoted when it holds a comma, quote, CR or
 * LF, and a quote inside is doubled.</li>
 * <li>UTF-8 with a byte-order mark: Excel on Windows reads a CSV without one in the local ANSI code page
 * and turns "–", Cyrillic, Arabic and Chinese into mojibake; with it, Excel, LibreOffice, Numbers and
 * pandas ({@code encoding="utf-8-sig"}) all read the text right.</li>
 * <li>Formula injection: a text cell beginning with {@code = + - @}, tab or CR is prefixed with an
 * apostrophe, so a spreadsheet shows it instead of running it. The value column is never touched: it is
 * written as the published decimal ({@code -12.5} stays a number, and a number is not a formula).</li>
 * </ul>
 */
public final class CsvExport {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final List<String> HEADER = List.of("chart", "series", "label", "value", "qualifier", "unit", "note",
            "observation", "source");

    private CsvExport() {
    }

    public static byte[] write(String chartId, List<ChartRow> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        for (ChartRow row : rows) {
            line(csv, List.of(text(chartId), text(row.series()), text(row.label()), row.value().toPlainString(),
                    text(row.qualifier()), text(row.unit()), text(row.note().orElse("")), text(row.observation()),
                    text(row.source())));
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(body, 0, withBom, BOM.length, body.length);
        return withBom;
    }

    /** A text cell a spreadsheet will show, never evaluate. */
    static String text(String value) {
        String cell = value == null ? "" : value;
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\r') < 0 && cell.indexOf('\n') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}

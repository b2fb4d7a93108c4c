package org.ccfacts.csv;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV the one way the product does it, for the API and for chart exports.
 *
 * <ul>
 * <li>RFC 4180: comma-separated, CRLF line ends, a field is quoted when it holds a comma, quote, CR or
 * LF, and a quote inside is doubled.</li>
 * <li>Formula injection: a text cell beginning with {@code = + - @}, tab or CR would be run as a formula
 * by Excel or LibreOffice, so it gets a leading apostrophe (OWASP's advice) and shows as text. Numbers
 * are written with {@link #number} as plain decimals: a number we parsed cannot hide a formula.</li>
 * </ul>
 */
public final class CsvWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final StringBuilder csv = new StringBuilder();

    /** Appends one line; cells must already be made safe with {@link #text} or {@link #number}. */
    public CsvWriter row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(cells.get(i)));
        }
        csv.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return csv.toString();
    }

    /** UTF-8 without a byte-order mark: for programs (pandas, R) reading the API. */
    public byte[] utf8() {
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * UTF-8 with a byte-order mark: for spreadsheets. Excel on Windows reads a CSV without one in the
     * local code page and garbles "–", Cyrillic, Arabic and Chinese.
     */
    public byte[] utf8WithBom() {
        byte[] body = utf8();
        byte[] withBom = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(body, 0, withBom, BOM.length, body.length);
        return withBom;
    }

    /** A text cell a spreadsheet will show, never evaluate. */
    public static String text(String value) {
        String cell = value == null ? "" : value;
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    /** A number as published: plain decimal point, no exponent, no grouping; an empty cell for none. */
    public static String number(java.math.BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\r') < 0 && cell.indexOf('\n') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}

package org.ccfacts.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label in short lines, for a category axis that draws a list of lines (ApexCharts cuts a long line with
 * "…" instead of wrapping it). Lines are measured in columns, a CJK character counting two, as it is about
 * twice as wide: Chinese, which has no spaces, breaks between characters, other languages between words.
 */
final class ChartLines {

    private static final String WIDE = "\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF";
    private static final Pattern TOKEN = Pattern.compile("[" + WIDE + "]|[^\\s" + WIDE + "]+|\\s+");

    private ChartLines() {
    }

    static List<String> wrap(String text, int columns) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        Matcher tokens = TOKEN.matcher(text);
        while (tokens.find()) {
            String token = tokens.group();
            boolean space = token.isBlank();
            if (!space && !line.toString().isBlank() && width(line + token) > columns) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            if (!(space && line.isEmpty())) {
                line.append(token);
            }
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    static int width(String text) {
        return text.codePoints().map(c -> (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFF00 && c <= 0xFFEF) ? 2 : 1).sum();
    }
}

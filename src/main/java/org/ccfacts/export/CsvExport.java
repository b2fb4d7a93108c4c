package org.ccfacts.export;

import static org.ccfacts.csv.CsvWriter.number;
import static org.ccfacts.csv.CsvWriter.text;

import java.util.List;

import org.ccfacts.catalog.ChartRow;
import org.ccfacts.csv.CsvWriter;

/**
 * Exactly the figures a chart draws, one row each, with where they come from, written by
 * {@link CsvWriter} as UTF-8 with a byte-order mark: presenters open these in spreadsheets.
 */
public final class CsvExport {

    static final List<String> HEADER = List.of("chart", "series", "label", "value", "qualifier", "unit", "note",
            "observation", "source");

    private CsvExport() {
    }

    public static byte[] write(String chartId, List<ChartRow> rows) {
        CsvWriter csv = new CsvWriter().row(HEADER);
        for (ChartRow row : rows) {
            csv.row(List.of(text(chartId), text(row.series()), text(row.label()), number(row.value()),
                    text(row.qualifier()), text(row.unit()), text(row.note().orElse("")), text(row.observation()),
                    text(row.source())));
        }
        return csv.utf8WithBom();
    }
}

package org.ccfacts.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.catalog.ChartRow;
import org.ccfacts.csv.CsvWriter;
import org.ccfacts.csv.StrictCsv;
import org.ccfacts.dataset.Dataset;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static ChartRow row(String series, String label, String value, String note) {
        return new ChartRow(series, label, new BigDecimal(value), "exact", "USD bn", "obs-1", List.of("Publisher, 2024"),
                Optional.ofNullable(note));
    }

    private static String text(byte[] csv) {
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void startsWithAUtf8ByteOrderMarkAndEndsEveryLineWithCrLf() {
        byte[] csv = CsvExport.write("c", List.of(row("s", "2024", "1", null)));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(text(csv)).isEqualTo("chart,series,label,value,qualifier,unit,note,observation,source\r\n"
                + "c,s,2024,1,exact,USD bn,,obs-1,\"Publisher, 2024\"\r\n");
    }

    @Test
    void neutralisesTextCellsThatASpreadsheetWouldRunAsAFormula() {
        String csv = text(CsvExport.write("c", List.of(row("=cmd|' /C calc'!A0", "2024", "-12.5", "@note"))));
        assertThat(csv).contains(",'=cmd|' /C calc'!A0,").contains(",'@note,")
                .as("a negative published value stays a number").contains(",-12.5,");
    }

    @Test
    void everyChartsCsvHasExactlyTheRowsItDrawsWithTheirSources() {
        Dataset dataset = TestData.datasetService().current();
        for (ChartDefinition chart : new ChartCatalog().all()) {
            List<ChartRow> rows = chart.rows(dataset, Locale.ENGLISH);
            List<List<String>> table = StrictCsv.parse(text(CsvExport.write(chart.id(), rows)));

            assertThat(table).as(chart.id()).hasSize(rows.size() + 1);
            int value = CsvExport.HEADER.indexOf("value");
            for (int i = 0; i < rows.size(); i++) {
                ChartRow row = rows.get(i);
                List<String> line = table.get(i + 1);
                // a timeline event is a row without a figure: its value cell is empty, never 0
                assertThat(line.get(value)).as(chart.id() + " row " + i)
                        .isEqualTo(row.hasValue() ? row.value().toPlainString() : "");
                assertThat(line.get(CsvExport.HEADER.indexOf("source"))).isEqualTo(CsvWriter.text(row.source()));
                assertThat(line.get(CsvExport.HEADER.indexOf("observation"))).isEqualTo(CsvWriter.text(row.observation()));
            }
        }
    }
}

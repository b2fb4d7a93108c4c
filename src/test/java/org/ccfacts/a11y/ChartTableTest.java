package org.ccfacts.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.ccfacts.catalog.ChartRow;
import org.ccfacts.catalog.TradeVolumeChart;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetReader;
import org.ccfacts.dataset.Qualifier;
import org.ccfacts.format.FigureFormat;
import org.ccfacts.i18n.BundleTranslations;
import org.ccfacts.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;

class ChartTableTest {

    private static final Dataset DATASET = new DatasetReader(Clock.systemUTC()).read(Path.of("data"));
    private static final BundleTranslations TEXT = new BundleTranslations();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void togglesATableWithExactlyTheChartsRows() {
        List<ChartRow> rows = new TradeVolumeChart().rows(DATASET, Language.EN.locale());
        ChartTable table = new ChartTable("chart-trade-volume", "Trade", rows);
        UI.getCurrent().add(table);
        NativeButton toggle = table.getContent().toggle();
        String holderId = "chart-trade-volume-table";
        assertThat(table.getContent().panel()).as("no panel before the table is asked for").isEmpty();

        assertThat(table.isExpanded()).isFalse();
        assertThat(table.table()).as("nothing is sent before the table is asked for").isEmpty();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(toggle.getElement().getAttribute("aria-controls")).isEqualTo(holderId);

        BasicUtilsKt._fireDomEvent(toggle, "click");
        assertThat(table.getContent().panel().orElseThrow().getId()).hasValue(holderId);
        assertThat(table.getContent().panel().orElseThrow().getElement().getAttribute("role")).isEqualTo("region");

        assertThat(table.isExpanded()).isTrue();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(toggle.getText()).isEqualTo(TEXT.getTranslation("table.hide", Language.EN.locale()));
        NativeTable shown = table.table().orElseThrow();
        assertThat(shown.getCaptionText()).isEqualTo(TEXT.getTranslation("table.label", Language.EN.locale(), "Trade"));
        assertThat(shown.getHead().getRow(0).orElseThrow().getHeaderCells())
                .allSatisfy(th -> assertThat(th.getElement().getAttribute("scope")).isEqualTo("col"));
        List<NativeTableRow> lines = shown.getBody().getRows();
        assertThat(lines).hasSize(rows.size());
        FigureFormat format = new FigureFormat(Language.EN.locale());
        for (int i = 0; i < rows.size(); i++) {
            ChartRow row = rows.get(i);
            assertThat(cell(lines.get(i), "value")).isEqualTo(format.figure(row.value(), row.unit(),
                    Qualifier.fromCode(row.qualifier()).orElseThrow()));
            assertThat(cell(lines.get(i), "source")).isEqualTo(row.source());
            assertThat(cell(lines.get(i), "qualifier"))
                    .isEqualTo(TEXT.getTranslation("table.qualifier." + row.qualifier(), Language.EN.locale()));
        }

        BasicUtilsKt._fireDomEvent(toggle, "click");

        assertThat(table.isExpanded()).isFalse();
        assertThat(toggle.getText()).isEqualTo(TEXT.getTranslation("table.show", Language.EN.locale()));
    }

    @Test
    void speaksTheUisLanguage() {
        UI.getCurrent().setLocale(Language.AR.locale());
        List<ChartRow> rows = new TradeVolumeChart().rows(DATASET, Language.AR.locale());
        ChartTable table = new ChartTable("chart-trade-volume", "التجارة", rows);
        UI.getCurrent().add(table);
        NativeButton toggle = table.getContent().toggle();

        assertThat(toggle.getText()).isEqualTo(TEXT.getTranslation("table.show", Language.AR.locale()));
        table.setExpanded(true);
        assertThat(cell(table.table().orElseThrow().getBody().getRow(0).orElseThrow(), "value"))
                .isEqualTo(ChartSummary.figure(new FigureFormat(Language.AR.locale()), rows.get(0)));
    }

    private static String cell(NativeTableRow row, String column) {
        return row.getDataCells().stream().filter(c -> column.equals(c.getElement().getAttribute("data-column")))
                .map(NativeTableCell::getText).findFirst().orElseThrow();
    }
}

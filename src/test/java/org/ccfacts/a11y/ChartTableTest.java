package org.ccfacts.a11y;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
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

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;

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
    void togglesAGridWithExactlyTheChartsRows() {
        List<ChartRow> rows = new TradeVolumeChart().rows(DATASET, Language.EN.locale());
        ChartTable table = new ChartTable("chart-trade-volume", "Trade", rows);
        UI.getCurrent().add(table);
        Button toggle = find(table, Button.class);
        Grid<?> grid = find(table, Grid.class);

        assertThat(grid.isVisible()).isFalse();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(toggle.getElement().getAttribute("aria-controls")).isEqualTo(grid.getId().orElseThrow());

        ButtonKt._click(toggle);

        assertThat(grid.isVisible()).isTrue();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(toggle.getText()).isEqualTo(TEXT.getTranslation("table.hide", Language.EN.locale()));
        assertThat(_size(grid)).isEqualTo(rows.size());
        FigureFormat format = new FigureFormat(Language.EN.locale());
        for (int i = 0; i < rows.size(); i++) {
            ChartRow row = rows.get(i);
            assertThat(_getFormatted(grid, i, "value")).isEqualTo(format.figure(row.value(), row.unit(),
                    Qualifier.fromCode(row.qualifier()).orElseThrow()));
            assertThat(_getFormatted(grid, i, "source")).isEqualTo(row.source());
            assertThat(_getFormatted(grid, i, "qualifier"))
                    .isEqualTo(TEXT.getTranslation("table.qualifier." + row.qualifier(), Language.EN.locale()));
        }
    }

    @Test
    void speaksTheUisLanguage() {
        UI.getCurrent().setLocale(Language.AR.locale());
        List<ChartRow> rows = new TradeVolumeChart().rows(DATASET, Language.AR.locale());
        ChartTable table = new ChartTable("chart-trade-volume", "التجارة", rows);
        UI.getCurrent().add(table);

        assertThat(find(table, Button.class).getText()).isEqualTo(TEXT.getTranslation("table.show", Language.AR.locale()));
        assertThat(_getFormatted(find(table, Grid.class), 0, "value"))
                .isEqualTo(ChartSummary.figure(new FigureFormat(Language.AR.locale()), rows.get(0)));
    }

    private static <T> T find(ChartTable table, Class<T> type) {
        return table.getChildren().flatMap(c -> c.getChildren()).filter(type::isInstance).map(type::cast).findFirst()
                .or(() -> table.getElement().getChild(0).getChildren().map(e -> e.getComponent().orElseThrow())
                        .filter(type::isInstance).map(type::cast).findFirst())
                .orElseThrow();
    }
}

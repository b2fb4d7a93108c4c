package org.ccfacts.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.junit.jupiter.api.Test;

class ExportFileNameTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    @Test
    void isChartIdLanguageAndDate() {
        assertThat(ExportFileName.of("trade-volume", Locale.ENGLISH, DAY, "png"))
                .isEqualTo("trade-volume_en_2026-11-27.png");
        assertThat(ExportFileName.deck(Locale.forLanguageTag("zh-CN"), DAY)).isEqualTo("charts_zh_2026-11-27.pptx");
    }

    @Test
    void everyCatalogIdIsUsedAsItIs() {
        for (ChartDefinition chart : new ChartCatalog().all()) {
            assertThat(ExportFileName.base(chart.id(), Locale.ENGLISH, DAY)).startsWith(chart.id() + "_en_");
        }
    }

    @Test
    void nothingButLettersDigitsAndHyphensSurvivesFromTheId() {
        assertThat(ExportFileName.base("../../etc/passwd", Locale.ENGLISH, DAY)).isEqualTo("etc-passwd_en_2026-11-27");
        assertThat(ExportFileName.base("a\"b\r\nContent-Type: x", Locale.ENGLISH, DAY))
                .isEqualTo("a-b-content-type-x_en_2026-11-27");
        assertThat(ExportFileName.base("Торговля", Locale.ENGLISH, DAY)).isEqualTo("chart_en_2026-11-27");
        assertThat(ExportFileName.base("x".repeat(500), Locale.ENGLISH, DAY)).hasSize(64 + "_en_2026-11-27".length());
    }
}

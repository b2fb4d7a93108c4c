package org.ccfacts.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.ccfacts.catalog.InvestmentChart;
import org.ccfacts.catalog.TradeVolumeChart;
import org.ccfacts.chart.ApexChart;
import org.ccfacts.chart.ChartOptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The dashboard on the real {@code data/}: the contract, plus the headline figures of FACTS.md. */
@SpringBootTest
class DashboardViewTest extends DashboardContract {

    @Test
    void headlineFiguresReadAsInTheSources() {
        // FACTS.md: 94.8 billion USD (record), "more than" 30 billion USD, 90 %, 92.4 %
        assertThat(figureOf(TradeVolumeChart.HEADLINE)).isEqualTo("US$94.8 bn");
        assertThat(figureOf(InvestmentChart.HEADLINE)).isEqualTo("> US$30 bn");
        assertThat(figureOf("poll-mechanism")).isEqualTo("90 %");
        assertThat(figureOf("poll-bri")).isEqualTo("92.4 %");
    }

    @Test
    void recordIsAnnotatedAtTheHighestPublishedValue() {
        ChartOptions options = _get(ApexChart.class, spec -> spec.withId("chart-trade-volume")).getOptions();
        BigDecimal highest = options.series().get(0).data().stream()
                .map(ChartOptions.Point::y).filter(Objects::nonNull).map(BigDecimal.class::cast)
                .max(BigDecimal::compareTo).orElseThrow();
        ChartOptions.PointAnnotation record = options.annotations().points().get(0);
        assertThat(record.y()).isEqualTo(highest);
        assertThat(record.label().text()).contains("Record").contains(highest.toPlainString());
    }

    @Test
    void yearsWithoutAFigureBreakTheLineInsteadOfBeingInterpolated() {
        List<ChartOptions.Point> data = _get(ApexChart.class, spec -> spec.withId("chart-trade-volume"))
                .getOptions().series().get(0).data();
        for (int i = 1; i < data.size(); i++) {
            ChartOptions.Point previous = data.get(i - 1);
            ChartOptions.Point point = data.get(i);
            if (previous.y() != null && point.y() != null) {
                assertThat((Integer) point.x()).as("consecutive drawn years are joined only when adjacent")
                        .isEqualTo((Integer) previous.x() + 1);
            }
        }
    }

    @Test
    void theSecondPublished2024ValueIsItsOwnPoint() {
        // FACTS.md: Yicai converts 674.15 billion yuan to 93.8 billion USD, beside the article's 94.8; data/ also
        // holds Kazinform's 94.82 and the Eurasian Development Bank's 66.2 for 2024 (docs/DATA-COVERAGE.md)
        ChartOptions options = _get(ApexChart.class, spec -> spec.withId("chart-trade-volume")).getOptions();
        assertThat(options.series().get(1).data()).filteredOn(p -> Integer.valueOf(2024).equals(p.x()))
                .extracting(ChartOptions.Point::y)
                .containsExactly(new BigDecimal("94.82"), new BigDecimal("93.8"), new BigDecimal("66.2"));
    }

    @Test
    void theSourcePanelNamesTheFiguresOwnStatisticsTheSourceNoteAndLinksThePage() {
        // the Arabic article's sentence names customs statistics for the 2024 total, not for the investment figure
        com.github.mvysny.kaributesting.v10.ButtonKt._click(_get(com.vaadin.flow.component.html.NativeButton.class,
                spec -> spec.withId("kpi-source-" + TradeVolumeChart.HEADLINE)));
        SourcePanel trade = _get(SourcePanel.class, spec -> spec.withId("source-" + TradeVolumeChart.HEADLINE));
        org.ccfacts.dataset.Source source = data().source("cgtn-ar-2025-06-summit").orElseThrow();
        assertThat(texts(trade)).contains("General Administration of Customs of China (GACC)")
                .contains(source.note().orElseThrow().in("en"));
        assertThat(_get(trade, com.vaadin.flow.component.html.Anchor.class).getHref()).isEqualTo("http://egyptbiznews.com/2025/06/19");
        trade.close();

        com.github.mvysny.kaributesting.v10.ButtonKt._click(_get(com.vaadin.flow.component.html.NativeButton.class,
                spec -> spec.withId("kpi-source-" + InvestmentChart.HEADLINE)));
        SourcePanel investment = _get(SourcePanel.class, spec -> spec.withId("source-" + InvestmentChart.HEADLINE));
        assertThat(texts(investment)).doesNotContain("General Administration of Customs");
    }
}

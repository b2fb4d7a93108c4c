package org.ccfacts.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccfacts.catalog.InvestmentChart;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The same contract on a fixture whose figures differ from the real data (trade 2024, investment,
 * one poll, Uzbekistan's customs figure, one more scheduled summit): the view follows the data.
 */
@SpringBootTest(properties = "ccfacts.data.folder=src/test/resources/datasets/dashboard")
class DashboardFixtureViewTest extends DashboardContract {

    @Test
    void theCardsShowTheFixturesFiguresNotTheRealOnes() {
        // values written in src/test/resources/datasets/dashboard/*.yaml
        assertThat(figureOf(tradeHeadline())).isEqualTo("US$97.25 bn");
        assertThat(figureOf(InvestmentChart.HEADLINE)).isEqualTo("> US$35 bn");
        assertThat(figureOf("poll-bri")).isEqualTo("88.8 %");
    }
}

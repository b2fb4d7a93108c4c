package org.ccfacts.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChartLinesTest {

    @Test
    void wordsStayWholeAndNoLineIsLongerThanAsked() {
        assertThat(ChartLines.wrap("Total Chinese investment in the region", 20))
                .containsExactly("Total Chinese", "investment in the", "region");
    }

    @Test
    void chineseBreaksBetweenCharactersEachCountingTwoColumns() {
        assertThat(ChartLines.wrap("中国在该地区的投资总额（来源未定义该指标）", 16))
                .allSatisfy(line -> assertThat(ChartLines.width(line)).isLessThanOrEqualTo(16))
                .hasSize(3)
                .satisfies(lines -> assertThat(String.join("", lines)).isEqualTo("中国在该地区的投资总额（来源未定义该指标）"));
    }
}

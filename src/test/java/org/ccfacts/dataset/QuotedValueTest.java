package org.ccfacts.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sourcing rule on the bundled data/: every observation carries its quote and the figure stands in
 * it as the page writes it. The rule itself is {@link QuotedValue}, the code the reader refuses a
 * dataset with; this test keeps the examples of how it reads numbers and runs it on data/ observation
 * by observation, so a failure names the entry.
 */
class QuotedValueTest {

    private static final Dataset DATA = new DatasetReader(Clock.systemUTC()).read(Path.of("data"));

    static Stream<Observation> observations() {
        return DATA.observations().stream();
    }

    @Test
    void theBundledDataHasObservationsToCheck() {
        assertThat(DATA.observations()).hasSizeGreaterThanOrEqualTo(23);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("observations")
    void everyObservationQuotesTheSentenceThatStatesItsValue(Observation o) {
        assertThat(o.quote()).as("%s (observations.yaml:%d) has a quote", o.id(), o.line()).isPresent();
        assertThat(states(o.quote().orElseThrow(), o.value().toPlainString(), o.scale()))
                .as("%s (observations.yaml:%d): the value %s %s as published in «%s»", o.id(), o.line(),
                        o.value().toPlainString(), o.scale().orElse("%"), o.quote().orElseThrow())
                .isTrue();
    }

    @Test
    void theRuleReadsNumbersAsPagesWriteThem() {
        Optional<String> bn = Optional.of("billion");
        assertThat(states("was $89.4bn in 2023.", "89.4", bn)).isTrue();
        assertThat(states("reached 94,8 млрд долларов", "94.8", bn)).isTrue();
        assertThat(states("بلغ 94.8 مليار دولار في عام 2024", "94.8", bn)).isTrue();
        assertThat(states("to CNY674.1 billion (USD93.8 billion).", "93.8", bn)).isTrue();
        assertThat(states("stood at only $460 million.", "460", Optional.of("million"))).isTrue();
        assertThat(states("accounts for 51.8 percent of the trade", "51.8", Optional.empty())).isTrue();
        assertThat(states("up from 19.9% in 2020", "19.9", Optional.empty())).isTrue();

        assertThat(states("stood at only $460 million.", "0.46", bn)).as("no change of unit").isFalse();
        assertThat(states("stood at $41bn", "41.0", bn)).as("no digit the page does not write").isFalse();
        assertThat(states("to $14.5bn", "14", bn)).as("part of a longer number").isFalse();
        assertThat(states("to $140bn", "14", bn)).as("part of a longer number").isFalse();
        assertThat(states("达到894亿美元", "89.4", bn)).as("亿 is not a billion").isFalse();
        assertThat(states("over $15 billi", "15", bn)).as("a cut-off sentence").isFalse();
        assertThat(states("in 2014, trade was 14 percent higher", "14", bn)).as("the wrong unit").isFalse();
        assertThat(states("stood at 460 million.", "460", bn)).as("million is not billion").isFalse();
    }

    private static boolean states(String quote, String value, Optional<String> scale) {
        return QuotedValue.states(quote, value, scale);
    }
}

package org.ccfacts.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sourcing rule of data/: every observation carries its quote, the sentence of its source that
 * states the figure, and the figure stands in that sentence as the page writes it.
 *
 * <p>How "the value as published appears in its quote" is decided:
 * <ul>
 * <li>The value's digits, as written in observations.yaml ("89.4", "460", "14"), stand in the quote as one
 *     whole number: no digit, and no separator followed by a digit, directly before or after it. "14" is
 *     not found in "14.5", "$140bn" or "2014"; "14" is found in "$14bn". A page that writes "$14bn" therefore
 *     cannot back a value "14.0": the dataset shows no digit the page does not publish.</li>
 * <li>The decimal separator may be the page's own: "94,8 млрд" backs 94.8 (Russian writes a decimal comma).
 *     Nothing else is converted: no change of unit ("$460 million" does not back 0.46 billion, "894亿"
 *     does not back 89.4 billion), no rounding, no thousands grouping.</li>
 * <li>Right after the number (spaces allowed) comes the unit the observation declares, as the page writes
 *     it: for the scale "billion": billion, bn, bln, млрд, مليار; for "million": million, mn, mln, млн,
 *     مليون; for a percentage: %, percent, per cent, процент. So "over $15 billi" (a cut-off sentence) or a
 *     year that happens to share the digits never counts as the figure.</li>
 * </ul>
 */
class QuotedValueTest {

    private static final Dataset DATA = new DatasetReader(Clock.systemUTC()).read(Path.of("data"));

    private static final String BILLION = "(?:billion|bn|bln|млрд|مليار)";
    private static final String MILLION = "(?:million|mn|mln|млн|مليون)";
    private static final String PERCENT = "(?:%|percent|per cent|процент)";

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

    /** Whether the quote writes the value (digits as published, the page's decimal separator) in its unit. */
    static boolean states(String quote, String value, Optional<String> scale) {
        String digits = Pattern.quote(value).replace(".", "\\E[.,]\\Q");
        String unit = scale.map(s -> switch (s) {
            case "billion" -> BILLION;
            case "million" -> MILLION;
            default -> Pattern.quote(s);
        }).orElse(PERCENT);
        Pattern written = Pattern.compile("(?<![\\d])(?<![\\d][.,])" + digits + "(?![.,]?\\d)[\\s\\u00A0\\u202F]*" + unit,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return written.matcher(quote).find();
    }
}

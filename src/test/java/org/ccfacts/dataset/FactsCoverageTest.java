package org.ccfacts.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The requirement: every figure of ../shared/sources/FACTS.md is in data/, with its source. The rows
 * below are written from FACTS.md (publisher and date as FACTS.md names them), so data/ cannot drift
 * from the sources without this test saying where. Where the page itself writes a figure differently
 * from FACTS.md, the row follows the page (issue 14): 1992 is "$460 million", bne writes "$28bn",
 * "$41bn", "$14bn"; Uzbekistan's 13.7 is cited from the bne page that reports it (data from the
 * Statistics Agency of Uzbekistan); the "more than 15 billion" stock is as of the end of March 2023,
 * reported by Global Times from the MOFCOM briefing (FACTS.md was corrected the same way).
 */
class FactsCoverageTest {

    private static final Dataset DATA = new DatasetReader(Clock.systemUTC()).read(Path.of("data"));
    private static final String ARTICLE_TITLE = "China, Central Asian countries sign landmark treaty, vow to boost cooperation";

    @ParameterizedTest(name = "{0} {1} {2} {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            trade-goods             | 2024             | -  | 94.8   | USD | billion | exact       | article
            investment-total        | as of 2025-06    | -  | 30     | USD | billion | lower-bound | article
            trade-goods             | 1992             | -  | 460    | USD | million | exact       | CGTN 2023-05-16
            trade-goods             | 2013             | -  | 312.04 | CNY | billion | exact       | Xinhua / China Daily 2025-06-15
            trade-goods             | 2013             | -  | 43.48  | USD | billion | approximate | Xinhua / China Daily 2025-06-15
            trade-goods             | 2022             | -  | 70.2   | USD | billion | exact       | CGTN 2023-05-16
            trade-goods             | 2022             | -  | 70.2   | USD | billion | exact       | bne IntelliNews 2024-02-04
            trade-goods             | 2023             | -  | 89.4   | USD | billion | exact       | bne IntelliNews 2024-02-04
            trade-goods             | 2024             | -  | 674.15 | CNY | billion | exact       | Xinhua / China Daily 2025-06-15
            trade-goods             | 2024             | -  | 93.8   | USD | billion | -           | Yicai 2025-06-17
            trade-goods             | 2025-01..2025-05 | -  | 286.42 | CNY | billion | exact       | Global Times 2025-06-16
            exports-goods           | 2023             | -  | 61.4   | USD | billion | exact       | bne IntelliNews 2024-02-04
            imports-goods           | 2023             | -  | 28     | USD | billion | exact       | bne IntelliNews 2024-02-04
            trade-goods             | 2023             | KZ | 41     | USD | billion | exact       | bne IntelliNews 2024-02-04
            trade-goods             | 2023             | KG | 19.8   | USD | billion | exact       | bne IntelliNews 2024-02-04
            trade-goods             | 2023             | UZ | 14     | USD | billion | exact       | bne IntelliNews 2024-02-04
            trade-goods             | 2023             | TM | 10.6   | USD | billion | exact       | bne IntelliNews 2024-02-04
            trade-goods             | 2023             | TJ | 3.9    | USD | billion | exact       | bne IntelliNews 2024-02-04
            trade-goods             | 2023             | UZ | 13.7   | USD | billion | exact       | Statistics Agency of Uzbekistan
            road-transport-share    | 2020             | -  | 19.9   | -   | -       | exact       | Yicai 2025-06-17
            road-transport-share    | 2024             | -  | 51.8   | -   | -       | exact       | Yicai 2025-06-17
            direct-investment-stock | as of 2022-01    | -  | 14     | USD | billion | lower-bound | Xinhua 2022-01-17
            direct-investment-stock | as of 2023-03    | -  | 15     | USD | billion | lower-bound | Global Times 2023-05
            """)
    void everyFigureIsInTheDataWithItsSource(String measure, String period, String country, String value,
                                             String currency, String scale, String qualifier, String source) {
        List<Observation> matches = DATA.observations().stream()
                .filter(o -> o.measure().equals(measure) && o.period().equals(Period.parse(period))
                        && o.country().equals(Optional.ofNullable(country))
                        && o.value().compareTo(new BigDecimal(value)) == 0
                        && o.currency().equals(Optional.ofNullable(currency))
                        && isSource(o.source(), source))
                .toList();

        assertThat(matches).as("%s %s %s %s %s from %s", measure, period, country, value, currency, source).hasSize(1);
        Observation o = matches.get(0);
        if (qualifier != null) {
            assertThat(o.qualifier().code()).isEqualTo(qualifier);
        }
        assertThat(o.scale()).isEqualTo(Optional.ofNullable(scale));
        assertThat(o.value().toPlainString()).as("written as published, not rounded").isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            trade-2024-usd          | General Administration of Customs of China (GACC)
            trade-2023-usd          | General Administration of Customs of China (GACC)
            trade-2025-usd          | General Administration of Customs of China (GACC)
            trade-2025-usd-xinhua   | General Administration of Customs of China (GACC)
            trade-2013-usd          | Xinhua
            trade-2024-usd-yicai    | Yicai
            investment-total-2025-06 | -
            trade-2022-usd          | -
            """)
    void aFigureSaysWhoseStatisticsItIsWhereItsPageSaysSo(String id, String dataFrom) {
        // the Arabic article names customs statistics for the 2024 total, not for the investment figure of
        // the same sentence; a dollar conversion is the publication's own figure, not customs data
        assertThat(DATA.observation(id).orElseThrow().dataFrom()).isEqualTo(Optional.ofNullable(dataFrom));
    }

    @Test
    void the2013DollarFigureSaysItIsXinhuasConversionAtA2025Rate() {
        LocalizedText note = DATA.observation("trade-2013-usd").orElseThrow().note().orElseThrow();
        assertThat(note.in("en")).contains("Xinhua's conversion").contains("2025 exchange rate").contains("Not a customs figure");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            90   | mechanism
            92.4 | Belt and Road
            """)
    void bothPollsAreInTheDataWithTheArticleAsSource(String share, String questionFragment) {
        assertThat(DATA.polls()).filteredOn(p -> p.share().compareTo(new BigDecimal(share)) == 0)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.share().toPlainString()).isEqualTo(share);
                    assertThat(p.pollster()).isEqualTo("CGTN");
                    assertThat(p.date()).isEqualTo(PartialDate.parse("2025"));
                    assertThat(p.question().in("en")).contains(questionFragment);
                    assertThat(isSource(p.source(), "article")).isTrue();
                });
    }

    @Test
    void the2024ConversionConflictIsKeptAsTwoObservations() {
        assertThat(DATA.conflicts()).anySatisfy(conflict -> assertThat(conflict.observations())
                .extracting(o -> o.value().toPlainString())
                // every published 2024 dollar figure: GACC's as CGTN and 24.kg write it, as Kazinform writes it,
                // Yicai's conversion and the Eurasian Development Bank's compilation
                .containsExactlyInAnyOrder("94.8", "94.8", "94.82", "93.8", "66.2"));
        assertThat(DATA.conflicts()).as("Uzbekistan's own figure differs from China's")
                .anySatisfy(conflict -> assertThat(conflict.observations())
                        .extracting(o -> o.value().toPlainString())
                        .containsExactlyInAnyOrder("14", "13.7"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1992-01    | -          | held
            2013-09-07 | -          | held
            2020-07-16 | -          | held
            2022-01-25 | -          | held
            2023-05-18 | 2023-05-19 | held
            2025-06-17 | -          | held
            2027       | -          | scheduled
            """)
    void theTimelineHoldsEveryDatedStep(String date, String end, String status) {
        assertThat(DATA.events()).filteredOn(e -> e.date().equals(PartialDate.parse(date)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.status().name().toLowerCase()).isEqualTo(status);
                    assertThat(e.end().map(Object::toString)).isEqualTo(Optional.ofNullable("-".equals(end) ? null : end));
                    assertThat(e.sources()).isNotEmpty();
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            countries             | Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan
            priority-areas        | Trade facilitation, Industrial investment, Connectivity, Green mining, Agricultural modernisation, Talent exchange
            cooperation-centres   | Poverty reduction, Education exchange, Desertification control
            cooperation-platforms | Trade-facilitation cooperation platform
            """)
    void theNamedListsAreComplete(String id, String labels) {
        NamedList list = DATA.list(id).orElseThrow();
        assertThat(list.items()).extracting(i -> i.label().in("en"))
                .containsExactly(labels.split(", "));
        assertThat(isSource(list.source(), "article")).isTrue();
    }

    @Test
    void everyQuoteFromTheArticleIsInTheArticleWordForWord() throws IOException {
        String article = Files.readString(Path.of("docs/sources/cgtn-2025-06-18-summit-article.ar.txt"));
        List<String> quotes = Stream.concat(
                DATA.observations().stream().filter(o -> isSource(o.source(), "article")).map(Observation::quote),
                DATA.polls().stream().filter(p -> isSource(p.source(), "article")).map(Poll::quote))
                .flatMap(Optional::stream)
                .toList();

        assertThat(quotes).as("the four headline figures are quoted").hasSizeGreaterThanOrEqualTo(4);
        assertThat(quotes).allSatisfy(quote -> assertThat(article).contains(quote));
    }

    /**
     * "article" is the CGTN summit article; a statistics office's name is the office the source quotes;
     * otherwise "Publisher YYYY-MM-DD" or just the publisher.
     */
    private static boolean isSource(String sourceId, String described) {
        Source source = DATA.source(sourceId).orElseThrow();
        if (described.equals("article")) {
            return source.title().filter(ARTICLE_TITLE::equals).isPresent();
        }
        if (described.startsWith("Statistics ")) {
            return source.dataFrom().filter(described::equals).isPresent();
        }
        String cited = source.publisher() + source.date().map(d -> " " + d).orElse("");
        return cited.equals(described);
    }
}

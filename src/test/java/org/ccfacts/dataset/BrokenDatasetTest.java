package org.ccfacts.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each case under {@code datasets/broken/NAME/} is the valid fixture with one file replaced by a broken
 * one. The expected file, line and field are where the mistake was put (see the fixture), so the
 * report points an editor at the exact place.
 */
class BrokenDatasetTest {

    private static final Path BROKEN = Path.of("src/test/resources/datasets/broken");

    private final DatasetReader reader = new DatasetReader(Clock.systemUTC());

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    // JUnit 6 reads a field that starts with the quote character as quoted: messages start with 'value'
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            source-publisher-missing        | sources.yaml      | 1  | publisher  | is required
            source-unknown-field            | sources.yaml      | 6  | author     | unknown field
            source-impossible-date          | sources.yaml      | 4  | date       | '2025-13' is not a real date
            source-url-not-web              | sources.yaml      | 6  | url        | is not a web address
            source-language-not-code        | sources.yaml      | 5  | language   | is not a language code
            source-duplicate-id             | sources.yaml      | 6  | id         | 'article' is already used on line 1
            source-id-not-an-id             | sources.yaml      | 1  | id         | 'Article One' is not an id
            source-tab-indentation          | sources.yaml      | 3  | ""         | a tab is used for indentation
            source-invalid-utf8             | sources.yaml      | 3  | ""         | is not valid UTF-8
            source-control-character        | sources.yaml      | 3  | ""         | control character (U+0007)
            measure-unknown-unit            | measures.yaml     | 7  | unit       | 'dollars' is not one of [money, percent]
            measure-definition-missing      | measures.yaml     | 5  | definition | is required
            measure-name-unknown-language   | measures.yaml     | 4  | name.fr    | unknown language 'fr'
            measure-name-without-english    | measures.yaml     | 3  | name.en    | English is the fallback
            measure-not-a-list              | measures.yaml     | 1  | ""         | must be a list of entries
            measure-indentation             | measures.yaml     | 3  | ""         | the indentation is wrong here
            observation-negative-money      | observations.yaml | 13 | value      | -30 is negative
            observation-unknown-qualifier   | observations.yaml | 14 | qualifier  | 'at-least' is not one of [exact, lower-bound, approximate]
            observation-value-decimal-comma | observations.yaml | 4  | value      | '94,8' is not a number
            observation-source-missing      | observations.yaml | 17 | source     | 'gacc' is not an id in sources.yaml
            observation-measure-missing     | observations.yaml | 11 | measure    | 'investment' is not an id in measures.yaml
            observation-duplicate-id        | observations.yaml | 10 | id         | 'trade-2024' is already used on line 1
            observation-currency-missing    | observations.yaml | 1  | currency   | is required for a money figure
            observation-currency-unknown    | observations.yaml | 15 | currency   | 'EUR' is not one of [CNY, USD]
            observation-impossible-date     | observations.yaml | 12 | period     | '2025-02-30' is not a real date
            observation-period-reversed     | observations.yaml | 12 | period     | is not a part of one year
            observation-value-is-a-list     | observations.yaml | 4  | value      | must be a single value
            observation-unterminated-quote  | observations.yaml | 9  | ""         | is never closed
            observation-cut-mid-entry       | observations.yaml | 11 | ""         | no ':' after the field name
            observation-cut-after-key       | observations.yaml | 18 | source     | is empty
            observation-field-twice         | observations.yaml | 5  | value      | appears twice
            observation-colon-in-value      | observations.yaml | 8  | ""         | put the whole text in quotes
            observation-unknown-country     | observations.yaml | 4  | country    | 'CN' is not one of
            observation-quote-missing       | observations.yaml | 10 | quote      | is required
            observation-quote-not-the-value | observations.yaml | 9  | quote      | does not state the value 94.8 billion as published
            observation-quote-other-unit    | observations.yaml | 18 | quote      | does not state the value 30 billion as published
            poll-share-over-100             | polls.yaml        | 3  | share      | 120 is not a percentage between 0 and 100
            poll-share-negative             | polls.yaml        | 3  | share      | -0.5 is not a percentage between 0 and 100
            poll-impossible-date            | polls.yaml        | 5  | date       | '2025-02-29' is not a real date
            poll-pollster-missing           | polls.yaml        | 1  | pollster   | is required
            event-unknown-status            | events.yaml       | 5  | status     | 'planned' is not one of [held, scheduled]
            event-end-before-date           | events.yaml       | 3  | end        | 2025-06-16 is not after the date 2025-06-17
            event-source-missing            | events.yaml       | 6  | sources    | 'ghost' is not an id in sources.yaml
            event-sources-not-a-list        | events.yaml       | 6  | sources    | must be a non-empty list
            event-unclosed-list             | events.yaml       | 6  | ""         | is not closed
            events-empty                    | events.yaml       | 0  | ""         | is empty
            events-only-comments            | events.yaml       | 0  | ""         | is empty
            list-duplicate-item             | lists.yaml        | 7  | id         | 'kz' is already used in this list on line 5
            list-item-unknown-field         | lists.yaml        | 7  | code       | unknown field
            list-items-empty                | lists.yaml        | 4  | items      | must be a non-empty list
            list-source-missing             | lists.yaml        | 3  | source     | 'nowhere' is not an id in sources.yaml
            """)
    void reportsTheFileLineAndFieldOfTheMistake(String name, String file, int line, String field, String message)
            throws IOException {
        Path brokenCase = BROKEN.resolve(name);
        DatasetReaderTest.copyFixture("valid", folder);
        try (Stream<Path> files = Files.list(brokenCase)) {
            List<Path> replaced = files.toList();
            assertThat(replaced).as("a case replaces exactly one file").hasSize(1);
            assertThat(replaced.get(0).getFileName()).hasToString(file);
            Files.copy(replaced.get(0), folder.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> reader.read(folder));

        assertThat(e).as("the broken dataset is refused").isNotNull();
        // errors come sorted by file and line, and the mistake put into the fixture is the first one
        DatasetError first = e.errors().get(0);
        assertThat(first.file()).isEqualTo(file);
        assertThat(first.line()).isEqualTo(line);
        assertThat(first.field()).isEqualTo(field);
        assertThat(first.message()).contains(message);
        assertThat(e.errors()).as("no YAML jargon reaches the editor")
                .noneMatch(error -> error.message().contains("<block") || error.message().contains("scalar"));
    }

    @Test
    void thereAreAtLeastThirtyBrokenCases() throws IOException {
        try (Stream<Path> cases = Files.list(BROKEN)) {
            assertThat(cases.count()).isGreaterThanOrEqualTo(30);
        }
    }

    @Test
    void aFileOverFiveMegabytesIsRefusedWithoutBeingParsed() throws IOException {
        DatasetReaderTest.copyFixture("valid", folder);
        Path notes = folder.resolve("sources.yaml");
        String padding = "# " + "x".repeat(1022) + "\n";
        StringBuilder big = new StringBuilder(Files.readString(notes));
        while (big.length() <= DatasetReader.MAX_FILE_BYTES) {
            big.append(padding);
        }
        Files.writeString(notes, big);

        assertThatThrownBy(() -> reader.read(folder))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.errors())
                        .singleElement()
                        .satisfies(error -> {
                            assertThat(error.file()).isEqualTo("sources.yaml");
                            assertThat(error.line()).isZero();
                            assertThat(error.field()).isEmpty();
                            assertThat(error.message()).contains("too large").contains("5 MB");
                        }));
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        DatasetReaderTest.copyFixture("valid", folder);
        Files.delete(folder.resolve("polls.yaml"));

        assertThatThrownBy(() -> reader.read(folder))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.errors())
                        .singleElement()
                        .satisfies(error -> {
                            assertThat(error.file()).isEqualTo("polls.yaml");
                            assertThat(error.message()).contains("is missing");
                        }));
    }

    @Test
    void everyErrorIsReportedNotOnlyTheFirst() throws IOException {
        DatasetReaderTest.copyFixture("valid", folder);
        Files.writeString(folder.resolve("polls.yaml"), """
                - id: poll
                  question: A question.
                  share: 190
                  pollster: CGTN
                  date: 2025-02-30
                  source: nowhere
                """);

        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> reader.read(folder));

        assertThat(e.errors()).extracting(DatasetError::line, DatasetError::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "date"));
        // the date error stops the poll from being built; fix it and the other two show together
        Files.writeString(folder.resolve("polls.yaml"), Files.readString(folder.resolve("polls.yaml"))
                .replace("2025-02-30", "2025-02-28"));
        e = catchThrowableOfType(InvalidDatasetException.class, () -> reader.read(folder));
        assertThat(e.errors()).extracting(DatasetError::line, DatasetError::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "share"), org.assertj.core.groups.Tuple.tuple(6, "source"));
    }
}

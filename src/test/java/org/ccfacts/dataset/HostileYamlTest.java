package org.ccfacts.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YAML features a data file has no use for, turned against the app: references that multiply one text
 * into gigabytes, references that build large structures, deep nesting, tags. Each is refused on the line
 * where it happens, in words an editor understands.
 */
class HostileYamlTest {

    private final DatasetReader reader = new DatasetReader(Clock.systemUTC());

    @TempDir
    Path folder;

    @Test
    void aTextRepeatedByReferenceBeyondWhatAFileMayHoldIsRefusedWhereTheReferencesGoTooFar() throws IOException {
        DatasetReaderTest.copyFixture("valid", folder);
        String big = "x".repeat(100_000);
        // small on disk, but every *big is the whole text again once the dataset is written out as JSON
        int references = (int) (DatasetReader.MAX_FILE_BYTES / big.length()) + 5;
        StringBuilder lists = new StringBuilder("- id: countries\n  title: &big " + big + "\n  source: article\n  items:\n");
        for (int i = 0; i < references; i++) {
            lists.append("    - id: c").append(i).append("\n      label: *big\n");
        }
        write("lists.yaml", lists.toString());

        DatasetError error = onlyError();

        assertThat(error.file()).isEqualTo("lists.yaml");
        assertThat(lineOf("lists.yaml", error.line())).as("the line of a reference").contains("*big");
        assertThat(error.message()).contains("expand").contains("5 MB").doesNotContain("alias");
    }

    @Test
    void aFewReferencesToShortTextsAreStillRead() throws IOException {
        DatasetReaderTest.copyFixture("valid", folder);
        write("lists.yaml", """
                - id: countries
                  title: &title Countries
                  source: &source article
                  items:
                    - id: kz
                      label: Kazakhstan
                - id: again
                  title: *title
                  source: *source
                  items:
                    - id: kg
                      label: Kyrgyzstan
                """);

        assertThat(reader.read(folder).list("again").orElseThrow().title().in("en")).isEqualTo("Countries");
    }

    @Test
    void tooManyReferencesToListsAreRefusedOnTheLineOfTheOneTooMany() throws IOException {
        DatasetReaderTest.copyFixture("valid", folder);
        StringBuilder lists = new StringBuilder("""
                - id: countries
                  title: Countries
                  source: article
                  items: &items
                    - id: kz
                      label: Kazakhstan
                """);
        for (int i = 0; i < 30; i++) {
            lists.append("- id: copy-").append(i).append("\n  title: Copy\n  source: article\n  items: *items\n");
        }
        write("lists.yaml", lists.toString());

        DatasetError error = onlyError();

        assertThat(error.file()).isEqualTo("lists.yaml");
        // SnakeYAML allows 20 references to lists or mappings: the 21st is the one refused
        assertThat(error.line()).isEqualTo(nthLineContaining("lists.yaml", "*items", 21));
        assertThat(error.message()).contains("more than 20 '*' references")
                .doesNotContain("non-scalar").doesNotContain("max=");
    }

    @Test
    void deepNestingIsRefusedOnItsLine() throws IOException {
        DatasetReaderTest.copyFixture("valid", folder);
        write("polls.yaml", """
                - id: poll
                  question: A question.
                  share: 90
                  pollster: %s
                  date: 2025
                  source: article
                """.formatted("[".repeat(40) + "]".repeat(40)));

        DatasetError error = onlyError();

        assertThat(error.file()).isEqualTo("polls.yaml");
        assertThat(error.line()).isEqualTo(4);
        assertThat(error.message()).contains("too deeply").doesNotContain("Nesting Depth");
    }

    @Test
    void aLocalTagIsRefusedOnItsLine() throws IOException {
        DatasetReaderTest.copyFixture("valid", folder);
        edit("sources.yaml", "publisher: CGTN Arabic", "publisher: !custom hello");

        DatasetError error = onlyError();

        assertThat(error.file()).isEqualTo("sources.yaml");
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.message()).contains("'!custom'").contains("quotes");
    }

    @Test
    void aStandardTagIsRefusedToo() throws IOException {
        // all data is text to our reader: a tag asks for a type it will never get, or for code to run
        DatasetReaderTest.copyFixture("valid", folder);
        edit("polls.yaml", "share: 90", "share: !!float 90");

        DatasetError error = onlyError();

        assertThat(error.file()).isEqualTo("polls.yaml");
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.message()).contains("'!!float'");
    }

    @Test
    void aQuotedExclamationMarkIsText() throws IOException {
        DatasetReaderTest.copyFixture("valid", folder);
        edit("sources.yaml", "publisher: CGTN Arabic", "publisher: '!custom hello'");

        assertThat(reader.read(folder).source("article").orElseThrow().publisher()).isEqualTo("!custom hello");
    }

    @Test
    void aListThatHoldsItselfIsRefused() throws IOException {
        DatasetReaderTest.copyFixture("valid", folder);
        edit("events.yaml", "sources: [article]", "sources: &loop [article, *loop]");

        DatasetError error = onlyError();

        assertThat(error.file()).isEqualTo("events.yaml");
        assertThat(error.line()).isEqualTo(6);
        assertThat(error.message()).contains("inside itself");
    }

    private DatasetError onlyError() {
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> reader.read(folder));
        assertThat(e).as("the dataset is refused").isNotNull();
        assertThat(e.errors()).hasSize(1);
        return e.errors().get(0);
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(folder.resolve(file), text);
    }

    private void edit(String file, String from, String to) throws IOException {
        String text = Files.readString(folder.resolve(file));
        assertThat(text).contains(from);
        write(file, text.replace(from, to));
    }

    private String lineOf(String file, int line) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve(file));
        assertThat(line).isBetween(1, lines.size());
        return lines.get(line - 1);
    }

    private int nthLineContaining(String file, String text, int n) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve(file));
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text) && ++seen == n) {
                return i + 1;
            }
        }
        throw new AssertionError("fewer than " + n + " lines contain " + text);
    }
}

package org.ccfacts.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invisible direction controls in data text (embeddings, overrides, isolates) would reorder the text the
 * app writes next to a value — a publisher of "U+202E ACME" reverses the date after it. They are refused
 * with file, line and field; the direction marks Arabic text legitimately uses are kept.
 */
class DirectionControlsTest {

    private final DatasetReader reader = new DatasetReader(Clock.systemUTC());

    @TempDir
    Path folder;

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068", "2069"})
    void aDirectionControlInAPlainTextIsRefused(String hex) throws IOException {
        DatasetReaderTest.copyFixture("valid", folder);
        String control = Character.toString(Integer.parseInt(hex, 16));
        edit("sources.yaml", "publisher: CGTN Arabic", "publisher: " + control + "ACME");

        DatasetError error = onlyError();

        assertThat(error.file()).isEqualTo("sources.yaml");
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.field()).isEqualTo("publisher");
        assertThat(error.message()).contains("U+" + hex).contains("direction");
    }

    @Test
    void aDirectionControlInOneLanguageOfATextIsRefusedWithThatLanguage() throws IOException {
        DatasetReaderTest.copyFixture("valid", folder);
        edit("measures.yaml", "name: Trade in goods", "name:\n    en: Trade in goods\n    ar: \"\\u202Eتجارة السلع\"");

        DatasetError error = onlyError();

        assertThat(error.file()).isEqualTo("measures.yaml");
        assertThat(error.line()).isEqualTo(4);
        assertThat(error.field()).isEqualTo("name.ar");
        assertThat(error.message()).contains("U+202E");
    }

    @Test
    void aDirectionControlInAListEntryIsRefused() throws IOException {
        DatasetReaderTest.copyFixture("valid", folder);
        edit("events.yaml", "sources: [article]", "sources: [article, \"\u2067x\"]");

        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> reader.read(folder));

        assertThat(e.errors()).anySatisfy(error -> {
            assertThat(error.file()).isEqualTo("events.yaml");
            assertThat(error.line()).isEqualTo(6);
            assertThat(error.field()).isEqualTo("sources");
            assertThat(error.message()).contains("U+2067");
        });
    }

    @Test
    void directionMarksAreKept() throws IOException {
        // RLM and LRM act like one strong letter, as any Arabic letter does; they open nothing that could leak
        DatasetReaderTest.copyFixture("valid", folder);
        edit("sources.yaml", "publisher: CGTN Arabic", "publisher: CGTN\u200F Arabic\u200E");

        assertThat(reader.read(folder).source("article").orElseThrow().publisher()).isEqualTo("CGTN\u200F Arabic\u200E");
    }

    private DatasetError onlyError() {
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> reader.read(folder));
        assertThat(e).as("the dataset is refused").isNotNull();
        assertThat(e.errors()).hasSize(1);
        return e.errors().get(0);
    }

    private void edit(String file, String from, String to) throws IOException {
        String text = Files.readString(folder.resolve(file));
        assertThat(text).contains(from);
        Files.writeString(folder.resolve(file), text.replace(from, to));
    }
}

package org.ccfacts.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private final DatasetReader reader = new DatasetReader(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void readsTheValidFixtureWithEveryKindOfEntry() {
        Dataset dataset = reader.read(fixture("valid"));

        assertThat(dataset.loadedAt()).isEqualTo(NOW);
        assertThat(dataset.version()).matches("[0-9a-f]{12}");
        Observation trade = dataset.observation("trade-2024").orElseThrow();
        assertThat(trade.value()).isEqualByComparingTo(new BigDecimal("94.8"));
        assertThat(trade.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(trade.period()).isEqualTo(Period.parse("2024"));
        assertThat(trade.currency()).contains("USD");
        assertThat(dataset.source(trade.source())).isPresent();
        assertThat(dataset.observation("investment").orElseThrow().qualifier()).isEqualTo(Qualifier.LOWER_BOUND);
    }

    @Test
    void theVersionIsAContentHash(@TempDir Path copy) throws IOException {
        copyFixture("valid", copy);
        String before = reader.read(copy).version();
        assertThat(reader.read(copy).version()).isEqualTo(before);

        Files.writeString(copy.resolve("sources.yaml"), "\n# a comment changes the bytes\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(reader.read(copy).version()).isNotEqualTo(before);
    }

    @Test
    void aYamlSyntaxErrorNamesTheFileAndLine() {
        assertThatThrownBy(() -> reader.read(fixture("broken-syntax")))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.errors())
                        .singleElement()
                        .satisfies(error -> {
                            assertThat(error.file()).isEqualTo("observations.yaml");
                            assertThat(error.line()).isEqualTo(5);
                            assertThat(error.message()).startsWith("is not valid YAML");
                        }))
                .hasMessageContaining("observations.yaml:5");
    }

    static Path fixture(String name) {
        return Path.of("src/test/resources/datasets", name);
    }

    static void copyFixture(String name, Path target) throws IOException {
        TestFolders.copyFiles(fixture(name), target);
    }
}

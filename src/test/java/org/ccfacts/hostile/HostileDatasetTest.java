package org.ccfacts.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetReader;
import org.ccfacts.dataset.InvalidDatasetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hostile dataset is a valid dataset (the reader keeps text as text), and what the reader must refuse it refuses. */
class HostileDatasetTest {

    @TempDir
    Path temp;

    private final DatasetReader reader = new DatasetReader(Clock.systemUTC());

    @Test
    void theReaderAcceptsHostileTextVerbatimInEveryTextField() {
        Dataset dataset = reader.read(HostileDataset.write(Path.of("data"), temp));

        List<String> texts = new ArrayList<>();
        dataset.sources().forEach(s -> {
            texts.add(s.publisher());
            s.title().ifPresent(texts::add);
            s.dataFrom().ifPresent(texts::add);
            s.note().ifPresent(n -> texts.addAll(n.byLanguage().values()));
        });
        dataset.measures().forEach(m -> {
            texts.addAll(m.name().byLanguage().values());
            texts.addAll(m.definition().byLanguage().values());
        });
        dataset.observations().forEach(o -> {
            o.quote().ifPresent(texts::add);
            o.note().ifPresent(n -> texts.addAll(n.byLanguage().values()));
        });
        dataset.polls().forEach(p -> {
            texts.addAll(p.question().byLanguage().values());
            texts.add(p.pollster());
            p.quote().ifPresent(texts::add);
        });
        dataset.events().forEach(e -> {
            texts.addAll(e.title().byLanguage().values());
            e.place().ifPresent(t -> texts.addAll(t.byLanguage().values()));
            e.note().ifPresent(t -> texts.addAll(t.byLanguage().values()));
        });
        dataset.lists().forEach(l -> {
            texts.addAll(l.title().byLanguage().values());
            l.items().forEach(i -> texts.addAll(i.label().byLanguage().values()));
        });

        assertThat(texts).isNotEmpty().allMatch(t -> t.matches("(?s).* HOSTILE-\\d\\d"), "ends with a marker");
        // each payload survives the YAML round trip exactly, NUL, direction marks and zero-width characters included
        List<String> expected = IntStream.range(0, HostilePayloads.ALL.size()).mapToObj(HostilePayloads::value)
                .map(String::strip).toList();
        assertThat(expected).allMatch(texts::contains, "present in the dataset");
        assertThat(HostilePayloads.ALL).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void aRawNulByteIsRefusedWithFileAndLine() throws IOException {
        HostileDataset.write(Path.of("data"), temp);
        Path sources = temp.resolve("sources.yaml");
        String text = Files.readString(sources, StandardCharsets.UTF_8);
        int lineOfPublisher = (int) text.substring(0, text.indexOf("publisher:")).chars().filter(c -> c == '\n').count() + 1;
        Files.writeString(sources, text.replaceFirst("publisher: ", "publisher: raw\u0000nul "), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(temp))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.errors())
                        .anySatisfy(error -> {
                            assertThat(error.file()).isEqualTo("sources.yaml");
                            assertThat(error.line()).isEqualTo(lineOfPublisher);
                        }));
    }

    @Test
    void directionControlsAreRefusedWithFileLineAndField() throws IOException {
        HostileDataset.write(Path.of("data"), temp);
        Path sources = temp.resolve("sources.yaml");
        String text = Files.readString(sources, StandardCharsets.UTF_8);
        int lineOfPublisher = (int) text.substring(0, text.indexOf("publisher:")).chars().filter(c -> c == '\n').count() + 1;
        Files.writeString(sources, text.replaceFirst("publisher: .*", "publisher: ACME " + HostilePayloads.DIRECTION_CONTROLS),
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(temp))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.errors())
                        .singleElement()
                        .satisfies(error -> {
                            assertThat(error.file()).isEqualTo("sources.yaml");
                            assertThat(error.line()).isEqualTo(lineOfPublisher);
                            assertThat(error.field()).isEqualTo("publisher");
                            assertThat(error.message()).contains("U+202E").contains("direction");
                        }));
    }

    @Test
    void aJavascriptUrlIsRefusedWithFileLineAndField() throws IOException {
        HostileDataset.write(Path.of("data"), temp);
        Path sources = temp.resolve("sources.yaml");
        String text = Files.readString(sources, StandardCharsets.UTF_8);
        Files.writeString(sources, text.replaceFirst("\n  publisher: ", "\n  url: javascript:window.__pwned=1\n  publisher: "),
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(temp))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.errors())
                        .anySatisfy(error -> {
                            assertThat(error.file()).isEqualTo("sources.yaml");
                            assertThat(error.field()).isEqualTo("url");
                            assertThat(error.line()).isPositive();
                        }));
    }
}

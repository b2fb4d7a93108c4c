package org.ccfacts.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetServiceTest {

    @TempDir
    Path folder;

    private DatasetService service;

    @BeforeEach
    void startOnAValidCopy() throws IOException {
        DatasetReaderTest.copyFixture("valid", folder);
        service = new DatasetService(new DatasetProperties(folder), Clock.systemUTC());
    }

    @Test
    void aValidEditBecomesTheNewVersion() throws IOException {
        Dataset before = service.current();
        List<Dataset> seen = new ArrayList<>();
        service.subscribe(seen::add);

        edit("observations.yaml", "94.8", "95.1");
        DatasetStatus status = service.reload();

        Dataset after = service.current();
        assertThat(after.version()).isNotEqualTo(before.version()).isEqualTo(status.version());
        assertThat(after.observation("trade-2024").orElseThrow().value()).isEqualByComparingTo(new BigDecimal("95.1"));
        assertThat(before.observation("trade-2024").orElseThrow().value())
                .as("the old version is untouched").isEqualByComparingTo(new BigDecimal("94.8"));
        assertThat(seen).containsExactly(after);
        assertThat(status.lastRejected()).isEmpty();
    }

    @Test
    void anInvalidEditIsRefusedAndTheLastGoodVersionKeepsServing() throws IOException {
        Dataset good = service.current();
        List<DatasetStatus> statuses = new ArrayList<>();
        service.subscribeToStatus(statuses::add);

        edit("polls.yaml", "share: 90", "share: 900");
        DatasetStatus status = service.reload();

        assertThat(service.current()).isSameAs(good);
        assertThat(status.version()).isEqualTo(good.version());
        assertThat(status.servingLastGood()).isTrue();
        assertThat(status.lastRejected()).hasValueSatisfying(rejection -> assertThat(rejection.errors())
                .singleElement()
                .satisfies(error -> {
                    assertThat(error.file()).isEqualTo("polls.yaml");
                    assertThat(error.line()).isEqualTo(3);
                    assertThat(error.field()).isEqualTo("share");
                }));
        assertThat(service.status()).isEqualTo(status);
        assertThat(statuses).containsExactly(status);

        edit("polls.yaml", "share: 900", "share: 91");
        DatasetStatus fixed = service.reload();
        assertThat(fixed.version()).isNotEqualTo(good.version());
        assertThat(fixed.servingLastGood()).isFalse();
        assertThat(fixed.lastRejected()).as("the refused change stays on record").isPresent();
    }

    @Test
    void restoringTheLastGoodBytesEndsServingTheLastGoodVersion() throws IOException {
        Dataset served = service.current();
        Path polls = folder.resolve("polls.yaml");
        byte[] good = Files.readAllBytes(polls);
        edit("polls.yaml", "share: 90", "share: 900");
        assertThat(service.reload().servingLastGood()).isTrue();
        List<DatasetStatus> statuses = new ArrayList<>();
        service.subscribeToStatus(statuses::add);

        Files.write(polls, good); // what `git checkout data/` does
        DatasetStatus restored = service.reload();

        assertThat(restored.servingLastGood()).as("the files on disk are what is served again").isFalse();
        assertThat(restored.version()).isEqualTo(served.version());
        assertThat(service.current()).isSameAs(served);
        assertThat(restored.lastRejected()).as("the refused change stays on record").isPresent();
        assertThat(service.status()).isEqualTo(restored);
        assertThat(statuses).containsExactly(restored);
    }

    @Test
    void unchangedFilesKeepTheSameVersionAndTellNobody() {
        Dataset before = service.current();
        List<Dataset> seen = new ArrayList<>();
        service.subscribe(seen::add);

        service.reload();

        assertThat(service.current()).isSameAs(before);
        assertThat(seen).isEmpty();
    }

    @Test
    void aClosedSubscriptionHearsNothingMore() throws IOException {
        List<Dataset> seen = new ArrayList<>();
        DatasetService.Subscription subscription = service.subscribe(seen::add);
        subscription.close();

        edit("observations.yaml", "94.8", "95.1");
        service.reload();

        assertThat(seen).isEmpty();
    }

    @Test
    void aFailingListenerDoesNotStopTheReloadOrTheOthers() throws IOException {
        List<Dataset> seen = new ArrayList<>();
        service.subscribe(d -> {
            throw new IllegalStateException("a closed browser tab");
        });
        service.subscribe(seen::add);

        edit("observations.yaml", "94.8", "95.1");
        service.reload();

        assertThat(seen).containsExactly(service.current());
    }

    @Test
    void reloadingNeverWritesIntoTheDataFolder() throws IOException {
        Map<Path, String> before = contents(folder);
        edit("polls.yaml", "share: 90", "share: 900");
        Map<Path, String> edited = contents(folder);

        service.reload();
        edit("polls.yaml", "share: 900", "share: 90");
        Map<Path, String> restored = contents(folder);
        service.reload();

        assertThat(contents(folder)).isEqualTo(restored).isEqualTo(before);
        assertThat(edited.keySet()).isEqualTo(before.keySet());
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = folder.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private static Map<Path, String> contents(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.collect(Collectors.toMap(Path::getFileName, f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
    }
}

package org.ccfacts.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class DatasetWatcherTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @TempDir
    Path folder;

    private DatasetService service;
    private DatasetWatcher watcher;

    @BeforeEach
    void watchAValidCopy() throws IOException {
        DatasetReaderTest.copyFixture("valid", folder);
        DatasetProperties properties = new DatasetProperties(folder, true, Duration.ofMillis(100));
        service = new DatasetService(properties, Clock.systemUTC());
        watcher = new DatasetWatcher(service, properties);
        watcher.start();
    }

    @AfterEach
    void stopWatching() {
        watcher.stop();
        assertThat(watcher.isRunning()).isFalse();
    }

    @Test
    void anEditInPlaceIsPickedUp() throws IOException {
        String before = service.current().version();

        Path file = folder.resolve("observations.yaml");
        Files.writeString(file, Files.readString(file).replace("94.8", "95.1"));

        await().atMost(PATIENCE).until(() -> !service.current().version().equals(before));
        assertThat(service.current().observation("trade-2024").orElseThrow().value())
                .isEqualByComparingTo(new BigDecimal("95.1"));
    }

    @Test
    void aSaveByRenameIsPickedUp() throws IOException {
        // what vim, IntelliJ and most "safe write" editors do: write a new file, rename it over the old one
        String before = service.current().version();
        Path file = folder.resolve("observations.yaml");
        Path temporary = folder.resolve(".observations.yaml.swp");
        Files.writeString(temporary, Files.readString(file).replace("94.8", "95.1"));
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        await().atMost(PATIENCE).until(() -> !service.current().version().equals(before));
        assertThat(service.current().observation("trade-2024").orElseThrow().value())
                .isEqualByComparingTo(new BigDecimal("95.1"));
    }

    @Test
    void aBrokenSaveIsRefusedAndTheLastGoodVersionKeepsServing() throws IOException {
        Dataset good = service.current();
        Path file = folder.resolve("observations.yaml");
        Files.writeString(file, Files.readString(file).replace("qualifier: exact", "qualifier: roughly"));

        await().atMost(PATIENCE).until(() -> service.status().servingLastGood());
        assertThat(service.current()).isSameAs(good);
        assertThat(service.status().lastRejected().orElseThrow().errors())
                .extracting(DatasetError::file, DatasetError::line, DatasetError::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("observations.yaml", 5, "qualifier"));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aLinkToAnEndlessDeviceIsRefusedAndTheWatcherKeepsGoing() throws IOException {
        Dataset good = service.current();
        Path polls = folder.resolve("polls.yaml");
        String text = Files.readString(polls);
        Files.delete(polls);
        Files.createSymbolicLink(polls, Path.of("/dev/zero"));

        await().atMost(PATIENCE).until(() -> service.status().servingLastGood());
        assertThat(service.current()).isSameAs(good);
        assertThat(service.status().lastRejected().orElseThrow().errors())
                .extracting(DatasetError::file).containsExactly("polls.yaml");

        aLaterGoodEditIsPickedUp(polls, text);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aPipeIsRefusedAndTheWatcherKeepsGoing() throws Exception {
        Dataset good = service.current();
        Path polls = folder.resolve("polls.yaml");
        String text = Files.readString(polls);
        Files.delete(polls);
        DataFileAccessTest.mkfifo(polls);

        await().atMost(PATIENCE).until(() -> service.status().servingLastGood());
        assertThat(service.current()).isSameAs(good);
        assertThat(service.status().lastRejected().orElseThrow().errors())
                .extracting(DatasetError::file).containsExactly("polls.yaml");

        aLaterGoodEditIsPickedUp(polls, text);
    }

    private void aLaterGoodEditIsPickedUp(Path polls, String goodText) throws IOException {
        String before = service.current().version();
        Files.delete(polls);
        Files.writeString(polls, goodText.replace("share: 90", "share: 91"));

        await().atMost(PATIENCE).until(() -> !service.current().version().equals(before));
        assertThat(service.status().servingLastGood()).isFalse();
        assertThat(service.current().poll("poll").orElseThrow().share()).isEqualByComparingTo(new BigDecimal("91"));
    }

    @Test
    void watchingIsOffWhenConfiguredSo() {
        assertThat(watcher.isAutoStartup()).isTrue();
        assertThat(new DatasetWatcher(service, new DatasetProperties(folder, false, Duration.ofMillis(100)))
                .isAutoStartup()).isFalse();
    }
}

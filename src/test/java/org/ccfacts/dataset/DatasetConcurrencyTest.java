package org.ccfacts.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers during repeated reloads see only whole versions. The data folder is a link switched between
 * two complete folders A and B while the service reloads again and again; every read must be exactly
 * A or exactly B, never a mix of the two and never a half-built version.
 */
class DatasetConcurrencyTest {

    private static final int RELOADS = 150;

    /** What a reader must find in a version: the trade value and the source title written in its folder. */
    private record Expected(BigDecimal tradeValue, String sourceTitle, int observations) {
    }

    @Test
    void readersOnlyEverSeeCompleteVersions(@TempDir Path root) throws Exception {
        Path a = Files.createDirectory(root.resolve("a"));
        Path b = Files.createDirectory(root.resolve("b"));
        DatasetReaderTest.copyFixture("valid", a);
        DatasetReaderTest.copyFixture("valid", b);
        replace(b.resolve("observations.yaml"), "94.8", "95.1");
        replace(b.resolve("sources.yaml"), "title: A test article", "title: Another article");
        replace(b.resolve("observations.yaml"), "- id: investment", """
                - id: trade-2023
                  measure: trade-goods
                  period: 2023
                  value: 89.4
                  qualifier: exact
                  currency: USD
                  scale: billion
                  source: article
                  quote: The figure stood at 89.4 billion dollars.
                - id: investment""");
        DatasetReader reader = new DatasetReader(Clock.systemUTC());
        Map<String, Expected> expected = Map.of(
                reader.read(a).version(), new Expected(new BigDecimal("94.8"), "A test article", 2),
                reader.read(b).version(), new Expected(new BigDecimal("95.1"), "Another article", 3));

        Path link = root.resolve("data");
        Files.createSymbolicLink(link, a);
        DatasetService service = new DatasetService(new DatasetProperties(link), Clock.systemUTC());

        AtomicBoolean reloading = new AtomicBoolean(true);
        Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Integer>> readers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            readers.add(pool.submit(() -> {
                int reads = 0;
                while (reloading.get()) {
                    Dataset d = service.current();
                    Expected e = expected.get(d.version());
                    assertThat(e).as("version %s is one of the two folders", d.version()).isNotNull();
                    assertThat(d.observation("trade-2024").orElseThrow().value()).isEqualByComparingTo(e.tradeValue());
                    assertThat(d.source("article").orElseThrow().title()).contains(e.sourceTitle());
                    assertThat(d.observations()).hasSize(e.observations());
                    versionsSeen.add(d.version());
                    reads++;
                }
                return reads;
            }));
        }
        // the link is switched by one thread while another reloads, so switches also land in the middle of a read
        Future<?> switcher = pool.submit(() -> {
            for (int i = 0; reloading.get(); i++) {
                Path newLink = root.resolve("data.new");
                Files.createSymbolicLink(newLink, i % 2 == 0 ? b : a);
                Files.move(newLink, link, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return null;
        });
        try {
            for (int i = 0; i < RELOADS; i++) {
                service.reload();
            }
        } finally {
            reloading.set(false);
        }

        switcher.get(2, TimeUnit.MINUTES);
        int reads = 0;
        for (Future<Integer> r : readers) {
            reads += r.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(reads).isPositive();
        assertThat(versionsSeen).as("the readers saw both versions").containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(service.status().lastRejected()).as("no reload read a half-switched folder").isEmpty();
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}

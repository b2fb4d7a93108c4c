package org.ccfacts.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import org.ccfacts.dataset.DatasetProperties;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.dataset.TestFolders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A history across three versions: what each changed, entry by entry, and that it survives a restart. */
class DatasetHistoryTest {

    @TempDir
    Path data;
    @TempDir
    Path journal;

    private final StepClock clock = new StepClock(Instant.parse("2026-11-01T14:05:00Z"));
    private DatasetService service;
    private DatasetHistory history;
    private String v1;
    private String v2;
    private String v3;

    @BeforeEach
    void threeVersions() throws IOException {
        TestFolders.copyFiles(Path.of("src/test/resources/datasets/valid"), data);
        service = new DatasetService(new DatasetProperties(data), clock);
        history = new DatasetHistory(service, new DatasetProperties(data), new HistoryProperties(journal), clock);
        v1 = service.current().version();

        clock.advance(Duration.ofDays(10));
        edit("observations.yaml", "94.8", "95.1"); // the value and its quote: the reader refuses a value its quote does not state
        v2 = service.reload().version();

        clock.advance(Duration.ofDays(10));
        edit("observations.yaml", "qualifier: lower-bound", "qualifier: exact");
        Files.writeString(data.resolve("observations.yaml"), """
                - id: trade-2025
                  measure: trade-goods
                  period: 2025
                  value: 106.3
                  qualifier: exact
                  currency: USD
                  scale: billion
                  source: article
                  quote: Trade reached 106.3 billion dollars in 2025.
                """, java.nio.file.StandardOpenOption.APPEND);
        edit("events.yaml", "place: Astana", "place: Astana, Kazakhstan");
        v3 = service.reload().version();
    }

    @Test
    void eachRevisionSaysWhatWasAddedAndChangedWithBeforeAndAfter() {
        assertThat(history.versions()).extracting(d -> d.version()).containsExactly(v1, v2, v3);
        assertThat(history.revisions()).extracting(Revision::version).as("newest first").containsExactly(v3, v2);

        Revision second = history.revisions().get(1);
        assertThat(second.previousVersion()).isEqualTo(v1);
        assertThat(second.acceptedAt()).isEqualTo(Instant.parse("2026-11-11T14:05:00Z"));
        assertThat(second.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Change.Kind.OBSERVATION);
            assertThat(c.id()).isEqualTo("trade-2024");
            assertThat(c.type()).isEqualTo(Change.Type.CHANGED);
            assertThat(c.changedFields()).containsExactlyInAnyOrder("value", "quote");
            assertThat(c.before()).containsEntry("value", "94.8").containsEntry("period", "2024").containsEntry("source", "article");
            assertThat(c.after()).containsEntry("value", "95.1").containsEntry("qualifier", "exact");
        });

        Revision third = history.revisions().getFirst();
        assertThat(third.changes()).extracting(Change::kind, Change::id, Change::type).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Change.Kind.OBSERVATION, "investment", Change.Type.CHANGED),
                org.assertj.core.groups.Tuple.tuple(Change.Kind.OBSERVATION, "trade-2025", Change.Type.ADDED),
                org.assertj.core.groups.Tuple.tuple(Change.Kind.EVENT, "summit", Change.Type.CHANGED));
        Change qualifier = third.changes().stream().filter(c -> c.id().equals("investment")).findFirst().orElseThrow();
        assertThat(qualifier.changedFields()).containsExactly("qualifier");
        assertThat(qualifier.before().get("qualifier")).isEqualTo("lower-bound");
        assertThat(qualifier.after().get("qualifier")).isEqualTo("exact");
        Change added = third.changes().stream().filter(c -> c.id().equals("trade-2025")).findFirst().orElseThrow();
        assertThat(added.before()).isEmpty();
        assertThat(added.after()).containsAllEntriesOf(Map.of("value", "106.3", "period", "2025"));
    }

    @Test
    void sinceAVersionGivesTheRevisionsAfterIt() {
        assertThat(history.since(v1)).get().asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(2);
        assertThat(history.since(v2).orElseThrow()).extracting(Revision::version).containsExactly(v3);
        assertThat(history.since(v3).orElseThrow()).isEmpty();
        assertThat(history.since("000000000000")).isEmpty();
    }

    @Test
    void aFigureChangedInTheLast90DaysIsMarkedAndKeepsItsHistory() {
        assertThat(history.revisedOn(Change.Kind.OBSERVATION, "trade-2024")).contains(Instant.parse("2026-11-11T14:05:00Z"));
        assertThat(history.revisedOn(Change.Kind.OBSERVATION, "trade-2025")).as("added, not revised").isEmpty();
        assertThat(history.historyOf(Change.Kind.OBSERVATION, "trade-2024")).singleElement()
                .satisfies(e -> assertThat(e.change().before().get("value")).isEqualTo("94.8"));

        clock.advance(Duration.ofDays(91));
        assertThat(history.revisedOn(Change.Kind.OBSERVATION, "trade-2024")).isEmpty();
    }

    @Test
    void theHistorySurvivesARestartAndAnOldVersionCanBeReadAgain() {
        DatasetHistory restarted = new DatasetHistory(service, new DatasetProperties(data), new HistoryProperties(journal), clock);
        assertThat(restarted.revisions()).isEqualTo(history.revisions());
        assertThat(restarted.version(v1).orElseThrow().observation("trade-2024").orElseThrow().value())
                .isEqualByComparingTo("94.8");
        assertThat(restarted.version(v1).orElseThrow().loadedAt()).isEqualTo(Instant.parse("2026-11-01T14:05:00Z"));
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = data.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    /** A clock the test moves on: versions accepted days apart. */
    static final class StepClock extends Clock {
        private Instant now;

        StepClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

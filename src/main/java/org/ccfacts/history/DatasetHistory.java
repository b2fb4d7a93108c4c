package org.ccfacts.history;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetProperties;
import org.ccfacts.dataset.DatasetService;
import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;

/**
 * Every version the app accepted, with its time, and what each changed against the one before. Kept in the
 * journal ({@link DatasetJournal}), so it survives restarts and replicas sharing the folder show the same history.
 * Read from memory: versions and revisions are rebuilt only when a version is accepted.
 */
@Service
public class DatasetHistory {

    /** How long a changed figure carries its "revised on" mark. */
    public static final Duration RECENT = Duration.ofDays(90);

    private final DatasetJournal journal;
    private final DatasetProperties data;
    private final Clock clock;
    private final DatasetService.Subscription subscription;
    private volatile Kept kept = new Kept(List.of(), List.of());

    public DatasetHistory(DatasetService datasetService, DatasetProperties data, HistoryProperties properties, Clock clock) {
        this.journal = new DatasetJournal(properties.folder(), clock);
        this.data = data;
        this.clock = clock;
        keep(datasetService.current());
        this.subscription = datasetService.subscribe(this::keep);
    }

    @PreDestroy
    void close() {
        subscription.close();
    }

    /** Keeps {@code accepted} unless it is already the newest kept version (a restart on the same files). */
    synchronized void keep(Dataset accepted) {
        List<Dataset> versions = journal.versions();
        if (versions.isEmpty() || !versions.getLast().version().equals(accepted.version())) {
            journal.append(accepted, data.folder());
            versions = journal.versions();
        }
        kept = Kept.of(versions);
    }

    /** Every kept version, oldest first; each one's {@link Dataset#loadedAt()} is when it was accepted. */
    public List<Dataset> versions() {
        return kept.versions();
    }

    /** A kept version by its id (the newest time it was accepted, if it came back). */
    public Optional<Dataset> version(String id) {
        return kept.versions().reversed().stream().filter(d -> d.version().equals(id)).findFirst();
    }

    /** What every version after the first changed, newest first. */
    public List<Revision> revisions() {
        return kept.revisions();
    }

    /** The revisions after {@code version}, newest first; empty when no such version was kept. */
    public Optional<List<Revision>> since(String version) {
        List<Dataset> versions = kept.versions();
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).version().equals(version)) {
                int after = versions.size() - 1 - i; // revisions are newest first, one per version after the first
                return Optional.of(kept.revisions().subList(0, after));
            }
        }
        return Optional.empty();
    }

    /** When the entry's figures last changed, if that was within {@link #RECENT}; additions are not revisions. */
    public Optional<Instant> revisedOn(Change.Kind kind, String id) {
        Instant since = clock.instant().minus(RECENT);
        return historyOf(kind, id).stream()
                .filter(e -> e.change().type() == Change.Type.CHANGED)
                .map(e -> e.revision().acceptedAt())
                .filter(at -> at.isAfter(since))
                .findFirst();
    }

    /** Every change of one entry, newest first, each with the revision it came in. */
    public List<EntryChange> historyOf(Change.Kind kind, String id) {
        List<EntryChange> result = new ArrayList<>();
        for (Revision revision : kept.revisions()) {
            revision.changes().stream().filter(c -> c.kind() == kind && c.id().equals(id))
                    .forEach(c -> result.add(new EntryChange(revision, c)));
        }
        return result;
    }

    public record EntryChange(Revision revision, Change change) {
    }

    private record Kept(List<Dataset> versions, List<Revision> revisions) {
        static Kept of(List<Dataset> versions) {
            List<Revision> revisions = new ArrayList<>();
            for (int i = 1; i < versions.size(); i++) {
                Dataset older = versions.get(i - 1);
                Dataset newer = versions.get(i);
                revisions.add(new Revision(newer.version(), newer.loadedAt(), older.version(), VersionDiff.between(older, newer)));
            }
            revisions.sort(Comparator.comparing(Revision::acceptedAt).reversed());
            return new Kept(List.copyOf(versions), List.copyOf(revisions));
        }
    }
}

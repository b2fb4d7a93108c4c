package org.ccfacts.dataset;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one way views, exports and the API get data. Holds the current {@link Dataset} as an immutable
 * snapshot: a reload builds a whole new version and swaps it in, or keeps the last good one. The app
 * only ever reads the data folder; it never writes to it.
 */
@Service
public class DatasetService {

    private static final Logger log = LoggerFactory.getLogger(DatasetService.class);

    private final DatasetProperties properties;
    private final DatasetReader reader;
    private final Clock clock;
    /** Dataset and last rejection change together, so status() never pairs a version with a stale rejection. */
    private final AtomicReference<DatasetStatus> status = new AtomicReference<>();
    private final AtomicReference<Dataset> current = new AtomicReference<>();
    private final List<Consumer<Dataset>> datasetListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<DatasetStatus>> statusListeners = new CopyOnWriteArrayList<>();

    /**
     * Reads the data folder at start.
     *
     * @throws InvalidDatasetException when it does not validate: the app must not start on bad data
     */
    public DatasetService(DatasetProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.reader = new DatasetReader(clock);
        Dataset first;
        try {
            first = reader.read(properties.folder());
        } catch (InvalidDatasetException e) {
            throw new InvalidDatasetException(e.errors(), properties.folder());
        }
        current.set(first);
        status.set(new DatasetStatus(first.version(), first.loadedAt(), Optional.empty(), false));
        log.info("Dataset {} loaded from {}: {} observations, {} sources", first.version(),
                properties.folder().toAbsolutePath(), first.observations().size(), first.sources().size());
    }

    /** The current version; always complete. */
    public Dataset current() {
        return current.get();
    }

    /** The version served and the last refused change. */
    public DatasetStatus status() {
        return status.get();
    }

    /**
     * Reads the data folder again. A valid folder with new content becomes the current version; an
     * invalid one is refused (recorded in {@link #status()} and logged) and the last good version keeps
     * serving. Unchanged content keeps the current version as it is. Reloads run one at a time.
     *
     * @return the status after the reload
     */
    public synchronized DatasetStatus reload() {
        Dataset before = current.get();
        Dataset next;
        try {
            next = reader.read(properties.folder());
        } catch (InvalidDatasetException e) {
            return refuse(before, e.errors());
        } catch (RuntimeException | Error e) {
            // a bug in the reader or a JVM limit it ran into (a stack or heap exhausted by a file that slipped past
            // the bounds), not a mistake in the data: still a refusal, so the last good version keeps serving and
            // the watcher keeps watching
            log.error("Reading the dataset in {} failed unexpectedly", properties.folder().toAbsolutePath(), e);
            return refuse(before, List.of(new DatasetError("", 0, "",
                    "could not be read because of an unexpected error (" + e.getClass().getSimpleName()
                            + "); the server log has the details")));
        }
        if (next.version().equals(before.version())) {
            DatasetStatus now = status.get();
            if (!now.servingLastGood()) {
                return now;
            }
            // the refused files were put back as they were (git checkout): what is on disk is served again
            DatasetStatus restored = new DatasetStatus(before.version(), before.loadedAt(), now.lastRejected(), false);
            status.set(restored);
            log.info("The files in {} are valid again and are the version being served, {}",
                    properties.folder().toAbsolutePath(), before.version());
            tell(statusListeners, restored);
            return restored;
        }
        // the rejection stays visible: the status tells when it happened and the newer loadedAt shows it was fixed
        DatasetStatus loaded = new DatasetStatus(next.version(), next.loadedAt(), status.get().lastRejected(), false);
        current.set(next);
        status.set(loaded);
        log.info("Dataset reloaded from {}: version {} replaces {}", properties.folder().toAbsolutePath(),
                next.version(), before.version());
        tell(datasetListeners, next);
        tell(statusListeners, loaded);
        return loaded;
    }

    private DatasetStatus refuse(Dataset served, List<DatasetError> errors) {
        DatasetStatus.Rejection rejection = new DatasetStatus.Rejection(clock.instant(), errors);
        DatasetStatus rejected = new DatasetStatus(served.version(), served.loadedAt(), Optional.of(rejection), true);
        status.set(rejected);
        log.warn("Change to the dataset in {} refused; still serving version {}. {} problem(s):\n  {}",
                properties.folder().toAbsolutePath(), served.version(), errors.size(),
                errors.stream().map(DatasetError::toString).collect(Collectors.joining("\n  ")));
        tell(statusListeners, rejected);
        return rejected;
    }

    /**
     * Calls {@code listener} with every new version, on the thread that loaded it (not a UI thread).
     * Close the subscription when the listener goes away (e.g. when a view is detached).
     */
    public Subscription subscribe(Consumer<Dataset> listener) {
        datasetListeners.add(listener);
        return () -> datasetListeners.remove(listener);
    }

    /** Calls {@code listener} on every change of {@link #status()}: a new version or a refused change. */
    public Subscription subscribeToStatus(Consumer<DatasetStatus> listener) {
        statusListeners.add(listener);
        return () -> statusListeners.remove(listener);
    }

    private static <T> void tell(List<Consumer<T>> listeners, T value) {
        for (Consumer<T> listener : listeners) {
            try {
                listener.accept(value);
            } catch (RuntimeException e) {
                // one failing listener (say, a closed browser tab) must not stop the others
                log.warn("A dataset listener failed", e);
            }
        }
    }

    /** Stops a listener; closing twice is harmless. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}

package org.ccfacts.dataset;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one way views, exports and the API get data. Holds the current {@link Dataset} as an immutable
 * snapshot: a reload builds a whole new version and swaps it in, or keeps the last good one.
 */
@Service
public class DatasetService {

    private static final Logger log = LoggerFactory.getLogger(DatasetService.class);

    private final DatasetProperties properties;
    private final DatasetReader reader;
    private final AtomicReference<Dataset> current = new AtomicReference<>();
    private final AtomicReference<DatasetStatus.Rejection> lastRejected = new AtomicReference<>();

    /**
     * Reads the data folder at start.
     *
     * @throws InvalidDatasetException when it does not validate: the app must not start on bad data
     */
    public DatasetService(DatasetProperties properties, Clock clock) {
        this.properties = properties;
        this.reader = new DatasetReader(clock);
        Dataset first = reader.read(properties.folder());
        current.set(first);
        log.info("Dataset {} loaded from {}: {} observations, {} sources", first.version(),
                properties.folder().toAbsolutePath(), first.observations().size(), first.sources().size());
    }

    /** The current version; always complete. */
    public Dataset current() {
        return current.get();
    }

    /** The version served and the last refused change. */
    public DatasetStatus status() {
        Dataset dataset = current.get();
        return new DatasetStatus(dataset.version(), dataset.loadedAt(), java.util.Optional.ofNullable(lastRejected.get()));
    }
}

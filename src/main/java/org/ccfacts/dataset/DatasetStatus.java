package org.ccfacts.dataset;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the service serves and what it last refused.
 *
 * @param version      id of the version being served
 * @param loadedAt     when it was loaded
 * @param lastRejected the most recent change to {@code data/} that did not validate, if any since start
 */
public record DatasetStatus(String version, Instant loadedAt, Optional<Rejection> lastRejected) {

    /**
     * Whether the files on disk are currently refused: the last rejection came after the version being
     * served was loaded, so the app serves the last good version, not what the files say.
     */
    public boolean servingLastGood() {
        return lastRejected.map(r -> !r.at().isBefore(loadedAt)).orElse(false);
    }

    /** A change to the data folder that was refused; the previous version kept serving. */
    public record Rejection(Instant at, List<DatasetError> errors) {
        public Rejection {
            errors = List.copyOf(errors);
        }
    }
}

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

    /** A change to the data folder that was refused; the previous version kept serving. */
    public record Rejection(Instant at, List<DatasetError> errors) {
        public Rejection {
            errors = List.copyOf(errors);
        }
    }
}

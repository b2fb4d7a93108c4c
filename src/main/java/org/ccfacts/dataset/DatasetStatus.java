package org.ccfacts.dataset;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the service serves and what it last refused.
 *
 * @param version         id of the version being served
 * @param loadedAt        when it was loaded
 * @param lastRejected    the most recent change to {@code data/} that did not validate, if any since start
 * @param servingLastGood whether the files on disk are currently refused, so the app serves the last good
 *                        version rather than what the files say; false again once the files are valid,
 *                        whether as a new version or as the very bytes being served (a {@code git checkout})
 */
public record DatasetStatus(String version, Instant loadedAt, Optional<Rejection> lastRejected, boolean servingLastGood) {

    /** A change to the data folder that was refused; the previous version kept serving. */
    public record Rejection(Instant at, List<DatasetError> errors) {
        public Rejection {
            errors = List.copyOf(errors);
        }
    }
}

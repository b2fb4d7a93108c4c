package org.ccfacts.api;

import java.time.Instant;
import java.util.List;

import org.ccfacts.dataset.DatasetError;
import org.ccfacts.dataset.DatasetStatus;

/**
 * @param servingLastGood true while the files on disk are refused and an older version is served
 * @param lastRejection   the latest refused change since start, or null
 */
record StatusJson(String version, Instant loadedAt, boolean servingLastGood, RejectionJson lastRejection) {

    static StatusJson of(DatasetStatus status) {
        return new StatusJson(status.version(), status.loadedAt(), status.servingLastGood(),
                status.lastRejected().map(r -> new RejectionJson(r.at(), r.errors().stream().map(ErrorJson::of).toList()))
                        .orElse(null));
    }

    record RejectionJson(Instant at, List<ErrorJson> errors) {
    }

    /**
     * @param line  1-based; 0 when the problem concerns the whole file
     * @param field empty when the problem is not about one field
     * @param text  the whole error as one line, as the log shows it
     */
    record ErrorJson(String file, int line, String field, String message, String text) {
        static ErrorJson of(DatasetError e) {
            return new ErrorJson(e.file(), e.line(), e.field(), e.message(), e.toString());
        }
    }
}

package org.ccfacts.history;

import java.time.Instant;
import java.util.List;

/**
 * What one accepted version changed against the version before it.
 *
 * @param previousVersion the version it replaced
 * @param acceptedAt      when the app accepted it (readers saw it from then on)
 */
public record Revision(String version, Instant acceptedAt, String previousVersion, List<Change> changes) {

    public Revision {
        changes = List.copyOf(changes);
    }
}

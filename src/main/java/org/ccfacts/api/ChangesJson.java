package org.ccfacts.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.ccfacts.history.Change;
import org.ccfacts.history.Revision;

/**
 * What changed since a version, newest revision first. Field values are texts as the data files write them
 * ({@code "94.8"}, {@code "lower-bound"}, {@code "as of 2025-06"}); {@code before} is null for an added entry and
 * {@code after} for a removed one.
 *
 * @param version the version served now
 * @param since   the version asked about, or null for the whole history
 */
record ChangesJson(String version, String since, List<RevisionJson> revisions) {

    static ChangesJson of(String version, String since, List<Revision> revisions) {
        return new ChangesJson(version, since, revisions.stream().map(RevisionJson::of).toList());
    }

    record RevisionJson(String version, Instant acceptedAt, String previousVersion, List<ChangeJson> changes) {
        static RevisionJson of(Revision r) {
            return new RevisionJson(r.version(), r.acceptedAt(), r.previousVersion(),
                    r.changes().stream().map(ChangeJson::of).toList());
        }
    }

    record ChangeJson(String kind, String id, String change, List<String> changedFields, Map<String, String> before,
                      Map<String, String> after) {
        static ChangeJson of(Change c) {
            return new ChangeJson(c.kind().code(), c.id(), c.type().code(), c.changedFields(),
                    c.type() == Change.Type.ADDED ? null : c.before(),
                    c.type() == Change.Type.REMOVED ? null : c.after());
        }
    }
}

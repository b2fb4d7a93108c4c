package org.ccfacts.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry added, removed or changed between two versions, with its fields before and after as the data files
 * write them (value "94.8", qualifier "lower-bound", period "as of 2025-06", texts in English).
 *
 * @param before the entry's fields in the older version; empty when it was added
 * @param after  its fields in the newer version; empty when it was removed
 */
public record Change(Kind kind, String id, Type type, Map<String, String> before, Map<String, String> after) {

    public enum Kind {
        OBSERVATION, POLL, EVENT, SOURCE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public enum Type {
        ADDED, REMOVED, CHANGED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Change {
        before = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(before));
        after = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(after));
    }

    /** The fields whose text differs, in the order of the entry's fields. */
    public List<String> changedFields() {
        List<String> fields = new ArrayList<>(before.keySet());
        after.keySet().stream().filter(f -> !fields.contains(f)).forEach(fields::add);
        return fields.stream().filter(f -> !Objects.equals(before.get(f), after.get(f))).toList();
    }
}

package org.ccfacts.dataset;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The line of every field of every entry, so that checks spanning entries (a reference to a missing
 * source, a negative amount) point at the field's own line rather than at the start of the entry.
 */
final class FieldLines {

    /** file → entry line → field → line */
    private final Map<String, Map<Integer, Map<String, Integer>>> lines = new HashMap<>();

    /** file → ids written in it, including those of entries too broken to read */
    private final Map<String, Set<String>> declaredIds = new HashMap<>();

    void add(YamlRecord record) {
        lines.computeIfAbsent(record.file(), f -> new HashMap<>())
                .putIfAbsent(record.line(), record.fieldLines());
        record.rawText("id").ifPresent(id -> declaredIds.computeIfAbsent(record.file(), f -> new HashSet<>()).add(id));
    }

    /**
     * Whether {@code id} is written in {@code file}, even on an entry that failed to read: a reference to
     * it is not reported as missing, since the entry's own error is the one to fix.
     */
    boolean declares(String file, String id) {
        return declaredIds.getOrDefault(file, Set.of()).contains(id);
    }

    /** Whether the entry has the field at all (a bad value is then reported by the reader already). */
    boolean has(String file, int entryLine, String field) {
        return lines.getOrDefault(file, Map.of()).getOrDefault(entryLine, Map.of()).containsKey(field);
    }

    /** The line of {@code field} in the entry starting at {@code entryLine}, or the entry's line when it has no such field. */
    int of(String file, int entryLine, String field) {
        return lines.getOrDefault(file, Map.of()).getOrDefault(entryLine, Map.of()).getOrDefault(field, entryLine);
    }
}

package org.ccfacts.dataset;

import java.util.HashMap;
import java.util.Map;

/**
 * The line of every field of every entry, so that checks spanning entries (a reference to a missing
 * source, a negative amount) point at the field's own line rather than at the start of the entry.
 */
final class FieldLines {

    /** file → entry line → field → line */
    private final Map<String, Map<Integer, Map<String, Integer>>> lines = new HashMap<>();

    void add(YamlRecord record) {
        lines.computeIfAbsent(record.file(), f -> new HashMap<>())
                .putIfAbsent(record.line(), record.fieldLines());
    }

    /** The line of {@code field} in the entry starting at {@code entryLine}, or the entry's line when it has no such field. */
    int of(String file, int entryLine, String field) {
        return lines.getOrDefault(file, Map.of()).getOrDefault(entryLine, Map.of()).getOrDefault(field, entryLine);
    }
}

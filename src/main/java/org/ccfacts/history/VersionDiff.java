package org.ccfacts.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.Event;
import org.ccfacts.dataset.LocalizedText;
import org.ccfacts.dataset.Observation;
import org.ccfacts.dataset.Poll;
import org.ccfacts.dataset.Source;

/**
 * Compares two versions entry by entry, matched by id: observations, polls, events and sources. An entry is
 * changed when any field that readers see differs; its place in the file (the line) is not a change.
 */
final class VersionDiff {

    private VersionDiff() {
    }

    static List<Change> between(Dataset older, Dataset newer) {
        List<Change> changes = new ArrayList<>();
        compare(Change.Kind.OBSERVATION, older.observations(), newer.observations(), Observation::id, VersionDiff::fields, changes);
        compare(Change.Kind.POLL, older.polls(), newer.polls(), Poll::id, VersionDiff::fields, changes);
        compare(Change.Kind.EVENT, older.events(), newer.events(), Event::id, VersionDiff::fields, changes);
        compare(Change.Kind.SOURCE, older.sources(), newer.sources(), Source::id, VersionDiff::fields, changes);
        return changes;
    }

    private static <T> void compare(Change.Kind kind, List<T> older, List<T> newer, Function<T, String> id,
                                    Function<T, Map<String, String>> fields, List<Change> changes) {
        Map<String, T> before = byId(older, id);
        Map<String, T> after = byId(newer, id);
        after.forEach((key, entry) -> {
            T old = before.get(key);
            if (old == null) {
                changes.add(new Change(kind, key, Change.Type.ADDED, Map.of(), fields.apply(entry)));
            } else if (!fields.apply(old).equals(fields.apply(entry))) {
                changes.add(new Change(kind, key, Change.Type.CHANGED, fields.apply(old), fields.apply(entry)));
            }
        });
        before.forEach((key, entry) -> {
            if (!after.containsKey(key)) {
                changes.add(new Change(kind, key, Change.Type.REMOVED, fields.apply(entry), Map.of()));
            }
        });
    }

    private static <T> Map<String, T> byId(List<T> entries, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        entries.forEach(e -> map.putIfAbsent(id.apply(e), e));
        return map;
    }

    static Map<String, String> fields(Observation o) {
        Fields f = new Fields();
        f.put("measure", o.measure());
        f.put("period", o.period().toString());
        f.put("value", o.value().toPlainString());
        f.put("qualifier", o.qualifier().code());
        f.put("currency", o.currency());
        f.put("scale", o.scale());
        f.put("country", o.country());
        f.put("source", o.source());
        f.put("quote", o.quote());
        f.put("data-from", o.dataFrom());
        f.text("note", o.note());
        return f.map;
    }

    static Map<String, String> fields(Poll p) {
        Fields f = new Fields();
        f.text("question", Optional.of(p.question()));
        f.put("share", p.share().toPlainString());
        f.put("pollster", p.pollster());
        f.put("date", p.date().toString());
        f.put("source", p.source());
        f.put("quote", p.quote());
        return f.map;
    }

    static Map<String, String> fields(Event e) {
        Fields f = new Fields();
        f.put("date", e.date().toString());
        f.put("end", e.end().map(Object::toString));
        f.text("title", Optional.of(e.title()));
        f.text("place", e.place());
        f.put("status", e.status().name().toLowerCase(java.util.Locale.ROOT));
        f.put("sources", String.join(", ", e.sources()));
        f.text("note", e.note());
        return f.map;
    }

    static Map<String, String> fields(Source s) {
        Fields f = new Fields();
        f.put("publisher", s.publisher());
        f.put("title", s.title());
        f.put("date", s.date().map(Object::toString));
        f.put("language", s.language());
        f.put("url", s.url());
        f.put("data-from", s.dataFrom());
        f.text("note", s.note());
        return f.map;
    }

    /** Fields as the data files name them; a field the entry does not give is left out, never written as "". */
    private static final class Fields {
        private final Map<String, String> map = new LinkedHashMap<>();

        void put(String name, String value) {
            map.put(name, value);
        }

        void put(String name, Optional<String> value) {
            value.ifPresent(v -> map.put(name, v));
        }

        /** Every language of a text: a changed translation is a change too ("note.ar"). */
        void text(String name, Optional<LocalizedText> text) {
            text.ifPresent(t -> new java.util.TreeMap<>(t.byLanguage()).forEach((language, value) ->
                    map.put(language.equals(LocalizedText.FALLBACK) ? name : name + "." + language, value)));
        }
    }
}

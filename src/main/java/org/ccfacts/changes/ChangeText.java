package org.ccfacts.changes;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.Observation;
import org.ccfacts.dataset.Poll;
import org.ccfacts.format.FigureFormat;
import org.ccfacts.history.Change;
import org.ccfacts.i18n.BundleTranslations;

/**
 * One change in a reader's words: what the entry is ("China–Central Asia trade in goods, 2024"), what each field is
 * called, and each value before and after, figures written as everywhere else ("US$94.8 bn", "92.4 %"). Figures come
 * from the versions themselves, never from arithmetic on the change.
 */
public final class ChangeText {

    private final Locale locale;
    private final FigureFormat format;

    public ChangeText(Locale locale) {
        this.locale = locale;
        this.format = new FigureFormat(locale);
    }

    /** Each field's name, by the key the data files give it (VersionDiff); a field not listed shows its key. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("measure", "changes.field.measure"), Map.entry("period", "changes.field.period"),
            Map.entry("value", "changes.field.value"), Map.entry("qualifier", "changes.field.qualifier"),
            Map.entry("currency", "changes.field.currency"), Map.entry("scale", "changes.field.scale"),
            Map.entry("country", "changes.field.country"), Map.entry("source", "changes.field.source"),
            Map.entry("quote", "changes.field.quote"), Map.entry("note", "changes.field.note"),
            Map.entry("question", "changes.field.question"), Map.entry("share", "changes.field.share"),
            Map.entry("pollster", "changes.field.pollster"), Map.entry("date", "changes.field.date"),
            Map.entry("end", "changes.field.end"), Map.entry("title", "changes.field.title"),
            Map.entry("place", "changes.field.place"), Map.entry("status", "changes.field.status"),
            Map.entry("sources", "changes.field.sources"), Map.entry("publisher", "changes.field.publisher"),
            Map.entry("language", "changes.field.language"), Map.entry("url", "changes.field.url"),
            Map.entry("data-from", "changes.field.data-from"));

    /** "Figure", "Poll", "Event", "Source". */
    public String kind(Change change) {
        return text(switch (change.kind()) {
            case OBSERVATION -> "changes.kind.observation";
            case POLL -> "changes.kind.poll";
            case EVENT -> "changes.kind.event";
            case SOURCE -> "changes.kind.source";
        });
    }

    /** "added", "removed", "changed". */
    public String type(Change change) {
        return text(switch (change.type()) {
            case ADDED -> "changes.type.added";
            case REMOVED -> "changes.type.removed";
            case CHANGED -> "changes.type.changed";
        });
    }

    /** What the entry is, from the version that holds it (the newer one unless it was removed). */
    public String entry(Change change, Dataset older, Dataset newer) {
        Dataset holder = change.type() == Change.Type.REMOVED ? older : newer;
        String language = locale.getLanguage();
        return switch (change.kind()) {
            case OBSERVATION -> holder.observation(change.id())
                    .map(o -> BundleTranslations.get(locale, "changes.entry",
                            holder.measure(o.measure()).map(m -> m.name().in(language)).orElse(o.measure()),
                            format.period(o.period())))
                    .orElse(change.id());
            case POLL -> holder.poll(change.id()).map(p -> p.question().in(language)).orElse(change.id());
            case EVENT -> holder.events().stream().filter(e -> e.id().equals(change.id())).findFirst()
                    .map(e -> e.title().in(language)).orElse(change.id());
            case SOURCE -> holder.source(change.id()).map(s -> s.publisher() + s.title().map(t -> ": " + t).orElse(""))
                    .orElse(change.id());
        };
    }

    /** The field's name; a translation of a text is named with its language: "Note (ar)". */
    public String field(String field) {
        int dot = field.indexOf('.');
        String key = dot < 0 ? field : field.substring(0, dot);
        String name = FIELDS.containsKey(key) ? text(FIELDS.get(key)) : key;
        return dot < 0 ? name : name + " (" + field.substring(dot + 1) + ")";
    }

    /** The field's value in {@code version} as readers see it; "—" where the entry has no such field. */
    public String value(Change change, String field, Dataset version, boolean before) {
        String raw = (before ? change.before() : change.after()).get(field);
        if (raw == null) {
            return "—";
        }
        if (change.kind() == Change.Kind.OBSERVATION && field.equals("value")) {
            return version.observation(change.id()).map(format::value).orElse(raw);
        }
        if (change.kind() == Change.Kind.POLL && field.equals("share")) {
            return version.poll(change.id()).map(Poll::share).map(format::percent).orElse(raw);
        }
        if (field.equals("qualifier")) {
            return text("changes.qualifier." + raw);
        }
        if (change.kind() == Change.Kind.OBSERVATION && field.equals("period")) {
            return version.observation(change.id()).map(Observation::period).map(format::period).orElse(raw);
        }
        return raw;
    }

    /** A figure's value, formatted, for the short line of a source panel. */
    public Optional<String> figure(Change.Kind kind, String id, Dataset version) {
        return switch (kind) {
            case OBSERVATION -> version.observation(id).map(format::value);
            case POLL -> version.poll(id).map(p -> format.percent(p.share()));
            default -> Optional.empty();
        };
    }

    private String text(String key) {
        return BundleTranslations.get(locale, key);
    }
}

package org.ccfacts.dataset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns one entry of a data file into its record: a source, measure, observation, poll, event or list.
 * Every field is read, so one entry reports all its wrong fields at once; an entry missing a required
 * field yields no record (the error is already on the entry's file and line).
 */
final class EntryMapper {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Set<String> CURRENCIES = Set.of("USD", "CNY");
    private static final Set<String> COUNTRIES = Set.of("KZ", "KG", "TJ", "TM", "UZ");

    private EntryMapper() {
    }

    static Optional<Source> source(YamlRecord r) {
        var id = r.required("id", EntryMapper::id);
        var publisher = r.required("publisher");
        var title = r.optional("title");
        var date = r.optional("date", PartialDate::parse);
        var language = r.optional("language", EntryMapper::language);
        var url = r.optional("url", EntryMapper::url);
        var dataFrom = r.optional("data_from");
        var note = r.localized("note", false);
        if (id.isEmpty() || publisher.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Source(id.get(), publisher.get(), title, date, language, url, dataFrom,
                note, r.line()));
    }

    static Optional<Measure> measure(YamlRecord r) {
        var id = r.required("id", EntryMapper::id);
        var name = r.localized("name", true);
        var unit = r.required("unit", oneOf(Measure.Unit.class));
        var definition = r.localized("definition", true);
        if (id.isEmpty() || name.isEmpty() || unit.isEmpty() || definition.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Measure(id.get(), name.get(), unit.get(), definition.get(), r.line()));
    }

    static Optional<Observation> observation(YamlRecord r) {
        var id = r.required("id", EntryMapper::id);
        var measure = r.required("measure", EntryMapper::id);
        var period = r.required("period", Period::parse);
        var value = r.required("value", EntryMapper::number);
        var qualifier = r.required("qualifier", text -> Qualifier.fromCode(text).orElseThrow(() ->
                new IllegalArgumentException("'" + text + "' is not one of [exact, lower-bound, approximate]")));
        var currency = r.optional("currency", oneOf(CURRENCIES));
        var scale = r.optional("scale", oneOf(Set.of("billion", "million")));
        var country = r.optional("country", oneOf(COUNTRIES));
        var source = r.required("source", EntryMapper::id);
        // required: a figure without the sentence that publishes it cannot be checked by a reader
        var quote = r.required("quote");
        var note = r.localized("note", false);
        var dataFrom = r.optional("data_from");
        if (id.isEmpty() || measure.isEmpty() || period.isEmpty() || value.isEmpty() || qualifier.isEmpty()
                || source.isEmpty() || quote.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Observation(id.get(), measure.get(), period.get(), value.get(), qualifier.get(),
                currency, scale, country, source.get(), quote, note, dataFrom, r.line()));
    }

    static Optional<Poll> poll(YamlRecord r) {
        var id = r.required("id", EntryMapper::id);
        var question = r.localized("question", true);
        var share = r.required("share", EntryMapper::number);
        var pollster = r.required("pollster");
        var date = r.required("date", PartialDate::parse);
        var source = r.required("source", EntryMapper::id);
        var quote = r.optional("quote");
        if (id.isEmpty() || question.isEmpty() || share.isEmpty() || pollster.isEmpty() || date.isEmpty()
                || source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Poll(id.get(), question.get(), share.get(), pollster.get(), date.get(), source.get(),
                quote, r.line()));
    }

    static Optional<Event> event(YamlRecord r) {
        var id = r.required("id", EntryMapper::id);
        var date = r.required("date", PartialDate::parse);
        var end = r.optional("end", PartialDate::parse);
        var title = r.localized("title", true);
        var place = r.localized("place", false);
        var status = r.required("status", oneOf(Event.Status.class));
        var sources = r.requiredList("sources");
        var note = r.localized("note", false);
        if (id.isEmpty() || date.isEmpty() || title.isEmpty() || status.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Event(id.get(), date.get(), end, title.get(), place, status.get(), sources, note,
                r.line()));
    }

    static Optional<NamedList> namedList(YamlRecord r) {
        var id = r.required("id", EntryMapper::id);
        var title = r.localized("title", true);
        var source = r.required("source", EntryMapper::id);
        List<NamedList.Item> items = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (YamlRecord item : r.requiredRecords("items")) {
            var itemId = item.required("id", EntryMapper::id);
            var label = item.localized("label", true);
            item.rejectUnknownFields();
            itemId.ifPresent(itemIdText -> {
                Integer earlier = seen.putIfAbsent(itemIdText, item.line());
                if (earlier != null) {
                    item.error(item.fieldNode("id"), "id", "'" + itemIdText + "' is already used in this list on line " + earlier);
                }
            });
            if (itemId.isPresent() && label.isPresent()) {
                items.add(new NamedList.Item(itemId.get(), label.get()));
            }
        }
        if (id.isEmpty() || title.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NamedList(id.get(), title.get(), source.get(), items, r.line()));
    }

    // Field values: a wrong one throws, and its message is what the editor reads next to file and line.

    private static String id(String text) {
        if (!ID.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an id: use lower-case letters, digits and single hyphens");
        }
        return text;
    }

    private static String language(String text) {
        if (!ID.matcher(text).matches() || text.length() > 3) {
            throw new IllegalArgumentException("'" + text + "' is not a language code such as en, ar, zh or ru");
        }
        return text;
    }

    private static String url(String text) {
        if (!text.startsWith("https://") && !text.startsWith("http://")) {
            throw new IllegalArgumentException("'" + text + "' is not a web address starting with https://");
        }
        return text;
    }

    private static BigDecimal number(String text) {
        if (!text.matches("-?\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException("'" + text + "' is not a number: write digits with a decimal point, e.g. 94.8");
        }
        return new BigDecimal(text);
    }

    private static <E extends Enum<E>> Function<String, E> oneOf(Class<E> type) {
        return text -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(text)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException("'" + text + "' is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
        };
    }

    private static Function<String, String> oneOf(Set<String> allowed) {
        return text -> {
            if (!allowed.contains(text)) {
                throw new IllegalArgumentException("'" + text + "' is not one of " + new TreeSet<>(allowed));
            }
            return text;
        };
    }
}

package org.ccfacts.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.Event;
import org.ccfacts.dataset.LocalizedText;
import org.ccfacts.dataset.Measure;
import org.ccfacts.dataset.NamedList;
import org.ccfacts.dataset.Observation;
import org.ccfacts.dataset.PartialDate;
import org.ccfacts.dataset.Period;
import org.ccfacts.dataset.Poll;
import org.ccfacts.dataset.Source;

/**
 * The JSON shape of one dataset version. Mirrors the YAML files so an analyst who knows one knows the
 * other: ids link entries, dates keep their published precision ("2025-06" stays a month), values are
 * JSON numbers exactly as published, and a field the source does not give is {@code null}, never guessed.
 * Texts in several languages are objects keyed by language code.
 */
record DatasetJson(String version, Instant loadedAt, List<SourceJson> sources, List<MeasureJson> measures,
                   List<ObservationJson> observations, List<List<String>> conflicts, List<PollJson> polls,
                   List<EventJson> events, List<ListJson> lists) {

    static DatasetJson of(Dataset d) {
        return new DatasetJson(d.version(), d.loadedAt(),
                d.sources().stream().map(SourceJson::of).toList(),
                d.measures().stream().map(MeasureJson::of).toList(),
                d.observations().stream().map(ObservationJson::of).toList(),
                d.conflicts().stream().map(c -> c.observations().stream().map(Observation::id).toList()).toList(),
                d.polls().stream().map(PollJson::of).toList(),
                d.events().stream().map(EventJson::of).toList(),
                d.lists().stream().map(ListJson::of).toList());
    }

    record SourceJson(String id, String publisher, String title, String date, String language, String url,
                      String dataFrom, Map<String, String> note) {
        static SourceJson of(Source s) {
            return new SourceJson(s.id(), s.publisher(), s.title().orElse(null), dateText(s.date().orElse(null)),
                    s.language().orElse(null), s.url().orElse(null), s.dataFrom().orElse(null),
                    s.note().map(DatasetJson::texts).orElse(null));
        }
    }

    record MeasureJson(String id, Map<String, String> name, String unit, Map<String, String> definition) {
        static MeasureJson of(Measure m) {
            return new MeasureJson(m.id(), texts(m.name()), code(m.unit()), texts(m.definition()));
        }
    }

    /**
     * @param period the period as written in the data ("2024", "2025-01..2025-05", "as of 2025-06")
     * @param periodKind year, part-of-year or as-of
     * @param periodStart first month or day the period covers, at the published precision
     * @param periodEnd last one (same as the start for a year or an "as of" date)
     */
    record ObservationJson(String id, String measure, String period, String periodKind, String periodStart,
                           String periodEnd, BigDecimal value, String qualifier, String currency, String scale,
                           String country, String source, String quote, Map<String, String> note,
                           String dataFrom) {
        static ObservationJson of(Observation o) {
            Period p = o.period();
            return new ObservationJson(o.id(), o.measure(), p.toString(), code(p.kind()), p.start().toString(),
                    p.end().toString(), o.value(), o.qualifier().code(), o.currency().orElse(null),
                    o.scale().orElse(null), o.country().orElse(null), o.source(), o.quote().orElse(null),
                    o.note().map(DatasetJson::texts).orElse(null), o.dataFrom().orElse(null));
        }
    }

    record PollJson(String id, Map<String, String> question, BigDecimal share, String pollster, String date,
                    String source, String quote) {
        static PollJson of(Poll p) {
            return new PollJson(p.id(), texts(p.question()), p.share(), p.pollster(), dateText(p.date()), p.source(),
                    p.quote().orElse(null));
        }
    }

    record EventJson(String id, String date, String end, Map<String, String> title, Map<String, String> place,
                     String status, List<String> sources, Map<String, String> note) {
        static EventJson of(Event e) {
            return new EventJson(e.id(), dateText(e.date()), e.end().map(DatasetJson::dateText).orElse(null), texts(e.title()),
                    e.place().map(DatasetJson::texts).orElse(null), code(e.status()), e.sources(),
                    e.note().map(DatasetJson::texts).orElse(null));
        }
    }

    record ListJson(String id, Map<String, String> title, String source, List<ItemJson> items) {
        static ListJson of(NamedList l) {
            return new ListJson(l.id(), texts(l.title()), l.source(),
                    l.items().stream().map(i -> new ItemJson(i.id(), texts(i.label()))).toList());
        }
    }

    record ItemJson(String id, Map<String, String> label) {
    }

    /** Sorted by language code, so the same data always gives the same bytes (and a diff shows only real changes). */
    static Map<String, String> texts(LocalizedText text) {
        return new TreeMap<>(text.byLanguage());
    }

    static String dateText(PartialDate date) {
        return date == null ? null : date.toString();
    }

    /** The spelling used in the data files: LOWER_BOUND → lower-bound. */
    static String code(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

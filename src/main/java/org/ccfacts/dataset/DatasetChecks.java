package org.ccfacts.dataset;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules that span entries and files: unique ids, references that resolve, plausible values. */
final class DatasetChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Dataset dataset;
    private final FieldLines fieldLines;
    private final List<DatasetError> errors;

    DatasetChecks(Dataset dataset, FieldLines fieldLines, List<DatasetError> errors) {
        this.dataset = dataset;
        this.fieldLines = fieldLines;
        this.errors = errors;
    }

    void run() {
        unique("sources.yaml", dataset.sources().stream().map(s -> new Entry(s.id(), s.line())).toList());
        unique("measures.yaml", dataset.measures().stream().map(m -> new Entry(m.id(), m.line())).toList());
        unique("observations.yaml", dataset.observations().stream().map(o -> new Entry(o.id(), o.line())).toList());
        unique("polls.yaml", dataset.polls().stream().map(p -> new Entry(p.id(), p.line())).toList());
        unique("events.yaml", dataset.events().stream().map(e -> new Entry(e.id(), e.line())).toList());
        unique("lists.yaml", dataset.lists().stream().map(l -> new Entry(l.id(), l.line())).toList());

        Set<String> sources = dataset.sources().stream().map(Source::id).collect(Collectors.toSet());
        Map<String, Measure> measures = dataset.measures().stream()
                .collect(Collectors.toMap(Measure::id, m -> m, (a, b) -> a));

        for (Observation o : dataset.observations()) {
            String file = "observations.yaml";
            reference(file, o.line(), "source", o.source(), sources, "sources.yaml");
            Measure measure = measures.get(o.measure());
            if (measure == null) {
                if (!fieldLines.declares("measures.yaml", o.measure())) {
                    error(file, o.line(), "measure", "'" + o.measure() + "' is not an id in measures.yaml");
                }
                continue;
            }
            if (measure.unit() == Measure.Unit.MONEY) {
                // a field that is there but wrong was reported by the reader; here only absent ones
                if (o.currency().isEmpty() && !fieldLines.has(file, o.line(), "currency")) {
                    error(file, o.line(), "currency", "is required for a money figure: USD or CNY, as published");
                }
                if (o.scale().isEmpty() && !fieldLines.has(file, o.line(), "scale")) {
                    error(file, o.line(), "scale", "is required for a money figure: billion or million, as published");
                }
                if (o.value().signum() < 0) {
                    error(file, o.line(), "value", o.value().toPlainString() + " is negative: money figures here are volumes and stocks");
                }
                // without a scale the unit to look for is unknown; that absence is reported above
                o.scale().ifPresent(scale -> quoted(o, Optional.of(scale)));
            } else {
                if (o.currency().isPresent()) {
                    error(file, o.line(), "currency", "must be absent: measure '" + measure.id() + "' is a percentage");
                }
                if (o.scale().isPresent()) {
                    error(file, o.line(), "scale", "must be absent: measure '" + measure.id() + "' is a percentage");
                }
                percent(file, o.line(), "value", o.value());
                quoted(o, Optional.empty());
            }
        }
        for (Poll p : dataset.polls()) {
            reference("polls.yaml", p.line(), "source", p.source(), sources, "sources.yaml");
            percent("polls.yaml", p.line(), "share", p.share());
        }
        for (Event e : dataset.events()) {
            for (String source : e.sources()) {
                reference("events.yaml", e.line(), "sources", source, sources, "sources.yaml");
            }
            e.end().filter(end -> end.compareTo(e.date()) <= 0).ifPresent(end ->
                    error("events.yaml", e.line(), "end", end + " is not after the date " + e.date()));
        }
        for (NamedList l : dataset.lists()) {
            reference("lists.yaml", l.line(), "source", l.source(), sources, "sources.yaml");
        }
    }

    private record Entry(String id, int line) {
    }

    private void unique(String file, List<Entry> entries) {
        Map<String, Integer> first = new HashMap<>();
        for (Entry entry : entries) {
            Integer earlier = first.putIfAbsent(entry.id(), entry.line());
            if (earlier != null) {
                error(file, entry.line(), "id", "'" + entry.id() + "' is already used on line " + earlier);
            }
        }
    }

    private void reference(String file, int line, String field, String id, Set<String> known, String target) {
        if (!known.contains(id) && !fieldLines.declares(target, id)) {
            error(file, line, field, "'" + id + "' is not an id in " + target);
        }
    }

    /** The value must stand in the quote as the page writes it ({@link QuotedValue}). */
    private void quoted(Observation o, Optional<String> scale) {
        o.quote().filter(quote -> !QuotedValue.states(quote, o.value().toPlainString(), scale)).ifPresent(quote ->
                error("observations.yaml", o.line(), "quote", "does not state the value " + o.value().toPlainString()
                        + " " + scale.orElse("percent") + " as published: the sentence must hold these digits,"
                        + " followed by the unit as the page writes it (e.g. $94.8 billion, $14bn, 51.8 percent)"));
    }

    private void percent(String file, int line, String field, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            error(file, line, field, value.toPlainString() + " is not a percentage between 0 and 100");
        }
    }

    /** {@code entryLine} is where the entry starts; the error points at the field's own line. */
    private void error(String file, int entryLine, String field, String message) {
        errors.add(new DatasetError(file, fieldLines.of(file, entryLine, field), field, message));
    }
}

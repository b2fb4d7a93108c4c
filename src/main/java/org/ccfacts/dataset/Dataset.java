package org.ccfacts.dataset;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One complete, validated version of everything in {@code data/}. Immutable: the service swaps whole
 * versions, so a reader never sees half a reload.
 *
 * @param version  content hash of the files it was read from
 * @param loadedAt when this version was read
 */
public record Dataset(String version, Instant loadedAt, List<Source> sources, List<Measure> measures,
                      List<Observation> observations, List<Poll> polls, List<Event> events,
                      List<NamedList> lists) {

    public Dataset {
        sources = List.copyOf(sources);
        measures = List.copyOf(measures);
        observations = List.copyOf(observations);
        polls = List.copyOf(polls);
        events = List.copyOf(events);
        lists = List.copyOf(lists);
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Measure> measure(String id) {
        return measures.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<Observation> observation(String id) {
        return observations.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public Optional<Poll> poll(String id) {
        return polls.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<NamedList> list(String id) {
        return lists.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The observations of one measure, in period order (then in file order). */
    public List<Observation> observationsOf(String measureId) {
        return observations.stream()
                .filter(o -> o.measure().equals(measureId))
                .sorted(Comparator.comparing(Observation::period))
                .toList();
    }

    /**
     * When the newest figure was published: the latest date of a source that an observation or a poll
     * cites. This, not the time the files were loaded, is how current the data is.
     */
    public Optional<PartialDate> newestFigurePublished() {
        return Stream.concat(observations.stream().map(Observation::source), polls.stream().map(Poll::source))
                .map(this::source).flatMap(Optional::stream)
                .map(Source::date).flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
    }

    /** Events in date order. */
    public List<Event> timeline() {
        return events.stream().sorted(Comparator.comparing(Event::date)).toList();
    }

    /**
     * Figures for the same thing (measure, period, country, currency) that sources publish with
     * different values. They are not errors: both are kept and both are shown.
     */
    public List<Conflict> conflicts() {
        Function<Observation, List<Object>> sameThing = o -> List.of(o.measure(), o.period(),
                o.country().orElse(""), o.currency().orElse(""));
        Map<List<Object>, List<Observation>> groups = observations.stream()
                .collect(Collectors.groupingBy(sameThing, java.util.LinkedHashMap::new, Collectors.toList()));
        return groups.values().stream()
                .filter(g -> g.stream().map(o -> o.inBillions().stripTrailingZeros()).distinct().count() > 1)
                .map(Conflict::new)
                .toList();
    }

    public record Conflict(List<Observation> observations) {
        public Conflict {
            observations = List.copyOf(observations);
        }
    }
}

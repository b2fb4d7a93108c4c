package org.ccfacts.dataset;

import java.util.List;
import java.util.Optional;

/**
 * A dated step in China–Central Asia relations.
 *
 * @param place   where it happened; absent for events with no one place
 * @param end     the last day of a several-day event, if any
 * @param status  held, or only scheduled (derived from an agreed rule, not yet happened)
 * @param sources the publications that date it
 */
public record Event(String id, PartialDate date, Optional<PartialDate> end, LocalizedText title,
                    Optional<LocalizedText> place, Status status, List<String> sources, Optional<LocalizedText> note,
                    int line) {

    public Event {
        sources = List.copyOf(sources);
    }

    public enum Status { HELD, SCHEDULED }
}

package org.ccfacts.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * A figure of a chart that the dashboard also shows on a headline card above the charts, with the mark
 * the chart gives it from the data it draws (the trade chart's "Record" when the figure is its highest
 * whole year). The dashboard shows headlines in catalog order.
 *
 * @param figureId the dataset id of the observation or poll
 * @param kind     which of the two the id names
 * @param labelKey for an observation, the translation key of the card's label, {0} being the figure's period;
 *                 empty for a poll, whose question is its label
 * @param markKey  the translation key of the card's badge, if the figure earns one
 */
public record Headline(String figureId, Kind kind, String labelKey, Optional<String> markKey) {

    public enum Kind { OBSERVATION, POLL }

    public Headline {
        Objects.requireNonNull(figureId);
        Objects.requireNonNull(kind);
        labelKey = Objects.requireNonNullElse(labelKey, "");
    }

    public static Headline observation(String observationId, String labelKey) {
        return new Headline(observationId, Kind.OBSERVATION, labelKey, Optional.empty());
    }

    public static Headline poll(String pollId) {
        return new Headline(pollId, Kind.POLL, "", Optional.empty());
    }

    /** The same headline with a badge. */
    public Headline marked(String key) {
        return new Headline(figureId, kind, labelKey, Optional.of(key));
    }
}

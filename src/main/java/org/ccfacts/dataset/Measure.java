package org.ccfacts.dataset;

/**
 * What a series counts. Observations of different measures are never drawn as one series.
 *
 * @param unit       {@link Unit#MONEY} (currency given per observation, as published) or {@link Unit#PERCENT}
 * @param definition what exactly is counted, including "not defined by the source" where that is the truth
 */
public record Measure(String id, LocalizedText name, Unit unit, LocalizedText definition, int line) {

    public enum Unit { MONEY, PERCENT }
}

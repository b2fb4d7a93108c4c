package org.ccfacts.catalog;

import java.util.Locale;
import java.util.Optional;

import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.Observation;

/**
 * Whose statistics a trade figure is, as its source says: China's (the customs, GACC, or the Ministry of
 * Commerce, MOFCOM), a partner's (a Central Asian statistics office, or a compilation from the partners' side
 * such as the Eurasian Development Bank's), or not said. The two sides differ by up to a factor of four for some
 * countries (transit cargo, methodology: docs/DATA-COVERAGE.md), so they are never one series.
 */
enum ReportingSide {
    CHINA, PARTNER, NOT_SAID;

    /** Names of China's offices as the sources' {@code data_from} writes them. */
    private static final java.util.List<String> CHINA_OFFICES = java.util.List.of("gacc", "general administration of customs",
            "chinese customs", "mofcom", "ministry of commerce");

    static ReportingSide of(Dataset dataset, Observation o) {
        Optional<String> from = dataset.source(o.source()).flatMap(s -> s.dataFrom()).map(f -> f.toLowerCase(Locale.ROOT));
        if (from.isEmpty()) {
            return NOT_SAID;
        }
        return CHINA_OFFICES.stream().anyMatch(from.get()::contains) ? CHINA : PARTNER;
    }

    /**
     * Whether a figure belongs with China's own figures: its source names China's office, or names none (the
     * article that is the product's source gives China's customs figure without a data line). A figure the
     * source says was compiled elsewhere never joins China's series.
     */
    static boolean chinaSide(Dataset dataset, Observation o) {
        return of(dataset, o) != PARTNER;
    }
}

package org.ccfacts.present;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ccfacts.catalog.ChartRow;
import org.ccfacts.catalog.Citations;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.Source;
import org.ccfacts.i18n.BidiText;
import org.ccfacts.i18n.BundleTranslations;

/**
 * A slide's source line: "Sources: Global Times, 2026-01-18; Xinhua, 2026-01-18; …", each source by its publisher
 * and date only. The full citations ("… (data: General Administration of Customs of China (GACC), as published by
 * …)") of a chart with a dozen sources took eight lines at the footer's size and scrolled out of a 1920 × 1080
 * window; a projector shows who published each figure and when, in type a room can read, and the full citation
 * stays where a reader looks it up: the chart's page (Esc), the handout, the deck's speaker notes.
 */
final class SlideSources {

    private SlideSources() {
    }

    static String line(List<ChartRow> rows, Dataset dataset, Locale locale) {
        // a row carries its sources as citations; the dataset's source each one cites gives publisher and date
        Map<String, Source> cited = new HashMap<>();
        dataset.sources().forEach(s -> cited.putIfAbsent(Citations.cite(s, locale), s));
        Set<String> sources = new LinkedHashSet<>();
        for (String citation : ChartRow.citations(rows)) {
            Source source = cited.get(citation);
            sources.add(BidiText.isolate(source == null ? citation : brief(source)));
        }
        if (sources.isEmpty()) {
            return BundleTranslations.get(locale, "export.source.none");
        }
        String joined = String.join(BundleTranslations.get(locale, "export.source.separator"), sources);
        return BundleTranslations.get(locale, sources.size() == 1 ? "export.source.one" : "export.source.many", joined);
    }

    /** "Global Times, 2026-01-18": who published it and when, as the full citation begins. */
    static String brief(Source source) {
        return source.publisher() + source.date().map(date -> ", " + unbroken(date.toString())).orElse("");
    }

    /**
     * A date that stays on one line: a line may break after a hyphen, and in two columns of Arabic the dates broke
     * as "2026-" / "01-19". A WORD JOINER (U+2060, invisible) after each hyphen forbids that break.
     */
    static String unbroken(String date) {
        return date.replace("-", "-\u2060");
    }
}

package org.ccfacts.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ccfacts.catalog.ChartRow;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.Event;
import org.ccfacts.dataset.Observation;
import org.ccfacts.dataset.Poll;
import org.ccfacts.dataset.Source;
import org.ccfacts.i18n.BidiText;
import org.ccfacts.i18n.BundleTranslations;

/**
 * What the presenter reads under a slide: the title, then for every source the chart draws from, its
 * publisher, title, date and URL, and the sentences of its page that state the figures (the quote of each
 * observation or poll). Found through the rows' observation ids, so any chart's rows give its notes.
 */
final class SpeakerNotes {

    private SpeakerNotes() {
    }

    static List<String> of(ExportCaption caption, List<ChartRow> rows, Dataset dataset, Locale locale) {
        Map<String, Set<String>> quotesBySource = new LinkedHashMap<>();
        for (ChartRow row : rows) {
            dataset.observation(row.observation()).ifPresent(o -> add(quotesBySource, o.source(), quote(row, o)));
            dataset.poll(row.observation()).ifPresent(p -> add(quotesBySource, p.source(), quote(row, p)));
            dataset.timeline().stream().filter(e -> e.id().equals(row.observation())).map(Event::sources)
                    .flatMap(List::stream).forEach(s -> add(quotesBySource, s, null));
        }
        List<String> lines = new ArrayList<>();
        lines.add(caption.title());
        lines.add(caption.subtitle());
        lines.addAll(caption.notes());
        lines.add(caption.source());
        quotesBySource.forEach((sourceId, quotes) -> {
            dataset.source(sourceId).ifPresent(source -> lines.add(cite(source, locale)));
            quotes.forEach(q -> lines.add(BundleTranslations.get(locale, "deck.notes.quote", q)));
        });
        lines.add(caption.permalink());
        return List.copyOf(lines);
    }

    private static void add(Map<String, Set<String>> quotesBySource, String source, String quote) {
        Set<String> quotes = quotesBySource.computeIfAbsent(source, s -> new LinkedHashSet<>());
        if (quote != null) {
            quotes.add(quote);
        }
    }

    private static String quote(ChartRow row, Observation o) {
        return o.quote().map(q -> BidiText.isolate(row.label()) + ": " + BidiText.isolate(q)).orElse(null);
    }

    private static String quote(ChartRow row, Poll p) {
        return p.quote().map(q -> BidiText.isolate(q)).orElse(null);
    }

    /** "Publisher, “Title”, 2024-02-04, https://…" — names and titles as published, isolated in right-to-left text. */
    static String cite(Source source, Locale locale) {
        String unknown = BundleTranslations.get(locale, "source.unknown");
        return BundleTranslations.get(locale, "deck.notes.source", BidiText.isolate(source.publisher()),
                BidiText.isolate(source.title().orElse(unknown)), source.date().map(Object::toString).orElse(unknown),
                source.url().map(BidiText::isolate).orElse(unknown));
    }
}

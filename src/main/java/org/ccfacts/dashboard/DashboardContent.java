package org.ccfacts.dashboard;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.ccfacts.a11y.ChartReading;
import org.ccfacts.a11y.ChartSummary;
import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.catalog.ChartNote;
import org.ccfacts.catalog.ChartRow;
import org.ccfacts.chart.ChartOptions;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.i18n.BidiText;
import org.ccfacts.i18n.Language;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import tools.jackson.databind.node.BaseJsonNode;

/**
 * What the dashboard shows that depends only on the dataset version and the language: the text blocks as
 * markup and each chart's options, rows, summary and notes. Built once per version and language and shared by
 * every session showing them: a thousand open dashboards then hold one copy instead of a thousand
 * (docs/PERFORMANCE.md, memory per session). Everything in it is immutable.
 */
@Component
class DashboardContent {

    /**
     * A chart card's content: the chart's accessible name, the options drawn, its rows and their summary, the
     * notes it gives for under it as text blocks, and the parts the card puts on the page.
     */
    record Chart(String name, ChartOptions options, List<ChartRow> rows, String summary, List<StaticMarkup.Block> notes,
                 Parts parts) {
    }

    /**
     * What a card puts on the page as it is: its title and subtitle as one block, everything under the chart
     * (description, notes, sources, play, link) as another (StaticMarkup), and the keyboard mode's reading as
     * the chart element's property value (ChartReading).
     */
    record Parts(StaticMarkup.Block head, StaticMarkup.Block foot, BaseJsonNode reading) {
    }

    record Content(List<StaticMarkup.Block> contextCards, Map<String, Chart> charts) {
    }

    /** One version's contents, at most one per language; a newer version replaces the whole entry. */
    private record Versioned(String version, Instant loadedAt, Map<Language, Content> byLanguage) {
    }

    private final ChartCatalog catalog;
    private final ChartSummary summary;
    private final I18NProvider translations;
    private final AtomicReference<Versioned> cache = new AtomicReference<>(new Versioned("", Instant.MIN, Map.of()));

    DashboardContent(ChartCatalog catalog, ChartSummary summary, I18NProvider translations) {
        this.catalog = catalog;
        this.summary = summary;
        this.translations = translations;
    }

    /** The content of {@code dataset} in {@code locale}'s language: the same instance for every session. */
    Content of(Dataset dataset, Locale locale) {
        Language language = Language.orFallback(locale);
        Versioned current = cache.get();
        if (!current.version().equals(dataset.version())) {
            // a page that read the dataset just before a reload must not evict the newer version's content
            if (dataset.loadedAt().isBefore(current.loadedAt())) {
                return build(dataset, language);
            }
            Versioned fresh = new Versioned(dataset.version(), dataset.loadedAt(), new ConcurrentHashMap<>());
            // lost the race to a page of another version (a reload in between): build without keeping it
            if (!cache.compareAndSet(current, fresh)) {
                return build(dataset, language);
            }
            current = fresh;
        }
        return current.byLanguage().computeIfAbsent(language, l -> build(dataset, l));
    }

    private Content build(Dataset dataset, Language language) {
        Locale locale = language.locale();
        Map<String, Chart> charts = new LinkedHashMap<>();
        for (ChartDefinition definition : catalog.all()) {
            List<ChartRow> rows = List.copyOf(definition.rows(dataset, locale));
            String title = definition.title(locale);
            String subtitle = definition.subtitle(locale);
            List<String> sources = ChartRow.citations(rows).stream().map(BidiText::isolate).toList();
            String cited = translations.getTranslation("chart.sources", locale,
                    String.join(translations.getTranslation("export.source.separator", locale), sources));
            ChartOptions options = definition.options(dataset, locale);
            String described = summary.describe(rows, locale);
            List<ChartNote> notes = definition.notes(dataset, locale);
            Parts parts = new Parts(StaticMarkup.cardHead(title, subtitle),
                    StaticMarkup.cardFoot(new StaticMarkup.Foot(ChartCard.chartId(definition), described, notes, cited,
                            translations.getTranslation("reading.play", locale),
                            translations.getTranslation("chart.open", locale), "chart/" + definition.id(),
                            "open-" + definition.id())),
                    ChartReading.of(options, dataset, locale).toJson());
            charts.put(definition.id(), new Chart(title + ". " + subtitle, options, rows, described,
                    notes.stream().map(StaticMarkup::note).toList(), parts));
        }
        return new Content(StaticMarkup.contextCards(dataset, language, translations), Map.copyOf(charts));
    }
}

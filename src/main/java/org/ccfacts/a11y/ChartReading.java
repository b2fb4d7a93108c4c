package org.ccfacts.a11y;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ccfacts.catalog.Citations;
import org.ccfacts.chart.ApexChart;
import org.ccfacts.chart.ChartOptions;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.i18n.BundleTranslations;
import org.ccfacts.i18n.Language;

import com.vaadin.flow.component.html.Paragraph;

/**
 * What the keyboard and sound mode of a chart ({@code src/main/frontend/apex-chart/keyboard.ts}) says, in the
 * page's language: its sentence patterns ({0}, {1}… filled in by the browser with the chart's own formatted
 * period and value, the same words as its tooltip) and, for every drawn point, the citation of its sources.
 * Sent as the element's {@code reading} property: no script, so nothing for the Content-Security-Policy.
 *
 * @param language  the page's language code: the announcements' {@code lang}
 * @param direction "rtl" or "ltr": the announcements' {@code dir} (the chart itself is drawn left to right)
 * @param texts     the patterns, by name (see {@link #KEYS})
 * @param sources   per series, per point (the order of the options' data), the citations of its sources; "" for none
 */
public record ChartReading(String language, String direction, Map<String, String> texts, List<List<String>> sources) {

    /** The patterns' bundle keys; a pattern's name in {@link #texts} is its key without "reading.". */
    private static final List<String> BUNDLE_KEYS = List.of("reading.point", "reading.point-unsourced", "reading.hint",
            "reading.play", "reading.stop", "reading.playing", "reading.stopped", "reading.first", "reading.last",
            "reading.one-series");
    /** The names of the patterns keyboard.ts uses. */
    static final List<String> KEYS = BUNDLE_KEYS.stream().map(key -> key.substring("reading.".length())).toList();

    public ChartReading {
        texts = Map.copyOf(texts);
        sources = sources.stream().map(List::copyOf).toList();
    }

    /** The reading of {@code options} as drawn from {@code dataset}, in {@code locale}'s language. */
    public static ChartReading of(ChartOptions options, Dataset dataset, Locale locale) {
        Language language = Language.orFallback(locale);
        Map<String, String> texts = new LinkedHashMap<>();
        // no arguments: the pattern itself, {0}… left for the browser
        BUNDLE_KEYS.forEach(key -> texts.put(key.substring("reading.".length()), BundleTranslations.get(locale, key)));
        String separator = BundleTranslations.get(locale, "export.source.separator");
        List<List<String>> sources = options.series() == null ? List.of() : options.series().stream()
                .map(series -> series.data().stream().map(point -> cite(point, dataset, locale, separator)).toList())
                .toList();
        return new ChartReading(language.code(), language.rightToLeft() ? "rtl" : "ltr", texts, sources);
    }

    /** Hands the reading to the chart's element; from then on its keyboard mode speaks these words. */
    public void applyTo(ApexChart chart) {
        chart.getElement().setPropertyBean("reading", this);
        // one tab stop that takes the arrow keys: a screen reader passes them on to an application
        chart.getElement().setAttribute("role", "application");
        chart.getElement().setAttribute("tabindex", "0");
    }

    /**
     * The chart's description for screen readers ({@code aria-describedby}): {@code summary} as a paragraph,
     * visually hidden (the figures are on the chart and in its table), to add next to the chart.
     */
    public static Paragraph describe(ApexChart chart, String summary) {
        Paragraph paragraph = new Paragraph(summary);
        String id = "summary-" + chart.getId().orElseThrow(() -> new IllegalArgumentException("the chart needs an id first"));
        paragraph.setId(id);
        paragraph.addClassNames("cc-visually-hidden", "cc-chart-summary");
        chart.getElement().setAttribute("aria-describedby", id);
        return paragraph;
    }

    /** A point's source ids are one id, or several separated by spaces (a timeline event). */
    private static String cite(ChartOptions.Point point, Dataset dataset, Locale locale, String separator) {
        if (point.source() == null || point.source().isBlank()) {
            return "";
        }
        return String.join(separator, Arrays.stream(point.source().trim().split("\\s+"))
                .map(id -> Citations.cite(dataset, id, locale)).toList());
    }
}

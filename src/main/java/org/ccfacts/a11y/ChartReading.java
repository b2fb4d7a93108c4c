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

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.BaseJsonNode;

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

    private static final JsonMapper JSON = new JsonMapper();

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

    /**
     * The reading as the element's property value. It depends only on the chart, the dataset version and the
     * language, so the dashboard makes it once and every session's chart refers to the same instance
     * (DashboardContent): Flow keeps a property's JSON as given, per element.
     */
    public BaseJsonNode toJson() {
        return JSON.valueToTree(this);
    }

    /** Hands the reading to the chart's element; from then on its keyboard mode speaks these words. */
    public void applyTo(ApexChart chart) {
        applyTo(chart, toJson());
    }

    /** Hands a reading made by {@link #toJson()} to the chart's element (never changed afterwards: it may be shared). */
    public static void applyTo(ApexChart chart, BaseJsonNode reading) {
        chart.getElement().setPropertyJson("reading", reading);
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
        paragraph.setId(describedBy(chart));
        paragraph.addClassNames(SUMMARY_CLASSES.split(" "));
        return paragraph;
    }

    /** The classes of a chart's description: visually hidden, read by screen readers. */
    public static final String SUMMARY_CLASSES = "cc-visually-hidden cc-chart-summary";

    /** The id of the chart's description ({@code summary-<chart id>}), for a page that writes it itself. */
    public static String summaryId(String chartElementId) {
        return "summary-" + chartElementId;
    }

    /** Points the chart's {@code aria-describedby} at its description; returns the description's id. */
    public static String describedBy(ApexChart chart) {
        String id = summaryId(chart.getId().orElseThrow(() -> new IllegalArgumentException("the chart needs an id first")));
        chart.getElement().setAttribute("aria-describedby", id);
        return id;
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

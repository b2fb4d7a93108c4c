package org.ccfacts.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.catalog.ChartRow;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetService;
import org.springframework.stereotype.Service;

/** Builds the text an export carries from the chart's definition and the current dataset. */
@Service
public class ExportCaptions {

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur");

    private final DatasetService datasetService;
    private final Clock clock;

    public ExportCaptions(DatasetService datasetService, Clock clock) {
        this.datasetService = datasetService;
        this.clock = clock;
    }

    /**
     * @param baseUrl the app's absolute root URL ending in "/", e.g. {@code https://facts.example.org/}
     */
    public ExportCaption caption(ChartDefinition chart, Locale locale, String baseUrl) {
        Dataset dataset = datasetService.current();
        List<ChartRow> rows = chart.rows(dataset, locale);
        LocalDate today = today();
        String language = locale.getLanguage();
        return new ExportCaption(chart.id(), language, RIGHT_TO_LEFT.contains(language) ? "rtl" : "ltr",
                chart.title(locale), chart.subtitle(locale), MeaningNotes.of(rows), sourceLine(rows),
                permalink(baseUrl, chart.id()), "Exported " + today, ExportFileName.base(chart.id(), locale, today));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    static String sourceLine(List<ChartRow> rows) {
        Set<String> sources = new LinkedHashSet<>();
        rows.forEach(r -> sources.add(r.source()));
        if (sources.isEmpty()) {
            return "Source: none published";
        }
        return (sources.size() == 1 ? "Source: " : "Sources: ") + String.join("; ", sources);
    }

    static String permalink(String baseUrl, String chartId) {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return base + "chart/" + chartId;
    }
}

package org.ccfacts.export;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.catalog.ChartRow;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.i18n.BidiText;
import org.ccfacts.i18n.BundleTranslations;
import org.ccfacts.i18n.Language;
import org.springframework.stereotype.Service;

/**
 * Builds the text an export carries from the chart's definition and the current dataset, in the
 * reader's language (texts from {@code vaadin-i18n/translations*.properties}); the file name stays ASCII.
 */
@Service
public class ExportCaptions {

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
        return caption(chart, datasetService.current(), locale, baseUrl);
    }

    /**
     * The caption of {@code chart} as drawn from {@code dataset}: a page opened before a reload exports its
     * chart with that chart's sources and notes, not the newer version's. Dated the day of the export.
     */
    public ExportCaption caption(ChartDefinition chart, Dataset dataset, Locale locale, String baseUrl) {
        List<ChartRow> rows = chart.rows(dataset, locale);
        LocalDate today = today();
        String language = locale.getLanguage();
        return new ExportCaption(chart.id(), language, Language.directionOf(language),
                chart.title(locale), chart.subtitle(locale), MeaningNotes.of(rows, locale), sourceLine(rows, locale),
                permalink(baseUrl, chart.id()), BundleTranslations.get(locale, "export.exported-on", date(today, locale)),
                ExportFileName.base(chart.id(), locale, today), dataset.version());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The export date as a reader of {@code locale} writes it ("November 27, 2026", "27 نوفمبر 2026",
     * "2026年11月27日", "27 ноября 2026 г."), always with Western digits, as every figure of the app.
     */
    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Language.orFallback(locale).locale())
                .withDecimalStyle(DecimalStyle.STANDARD)
                .format(date);
    }

    static String sourceLine(List<ChartRow> rows, Locale locale) {
        Set<String> sources = new LinkedHashSet<>();
        ChartRow.citations(rows).forEach(s -> sources.add(BidiText.isolate(s)));
        if (sources.isEmpty()) {
            return BundleTranslations.get(locale, "export.source.none");
        }
        String cited = String.join(BundleTranslations.get(locale, "export.source.separator"), sources);
        return BundleTranslations.get(locale, sources.size() == 1 ? "export.source.one" : "export.source.many", cited);
    }

    static String permalink(String baseUrl, String chartId) {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return base + "chart/" + chartId;
    }
}

package org.ccfacts.export;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.history.DatasetHistory;
import org.ccfacts.i18n.BundleTranslations;
import org.ccfacts.i18n.RequestLanguage;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code GET /export/{chartId}.csv?lang=en&version=…}: the figures a chart draws, as CSV. Only CSV is served here:
 * PNG and SVG are composed in the browser from the drawn chart (see {@code src/main/frontend/chart-export.ts}), so
 * any other extension is a clear 400, an unknown chart a 404. The CSV's header row and file name stay
 * English on purpose (machine-facing); the figures' labels and sources, and the plain-text 4xx bodies,
 * come in the asked language.
 */
@RestController
class CsvExportController {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

    private final ChartCatalog catalog;
    private final DatasetService datasetService;
    private final ExportCaptions captions;

    private final DatasetHistory history;

    CsvExportController(ChartCatalog catalog, DatasetService datasetService, ExportCaptions captions,
                        DatasetHistory history) {
        this.catalog = catalog;
        this.datasetService = datasetService;
        this.captions = captions;
        this.history = history;
    }

    /** The URL of a chart's CSV as drawn from dataset {@code version}, relative to the app root. */
    static String path(String chartId, Locale locale, String version) {
        return "export/" + chartId + ".csv?lang=" + locale.getLanguage() + "&version=" + version;
    }

    /**
     * @param version the dataset version to draw from (the page's, so that the CSV holds the figures the reader saw);
     *                none: the current one; one the history does not keep: 404
     */
    @GetMapping("/export/{file}")
    ResponseEntity<?> export(@PathVariable String file, @RequestParam(defaultValue = "en") String lang,
                             @RequestParam(required = false) String version, HttpServletRequest request) {
        int dot = file.lastIndexOf('.');
        if (dot <= 0) {
            throw new InvalidExportException("export.refused.csv-address", catalog.all().get(0).id());
        }
        String chartId = file.substring(0, dot);
        ExportFormat format = ExportFormat.fromExtension(file.substring(dot + 1))
                .orElseThrow(() -> new InvalidExportException("export.refused.csv-format",
                        ExportRequest.shorten(file.substring(dot + 1))));
        if (format != ExportFormat.CSV) {
            throw new InvalidExportException("export.refused.csv-drawn", format.extension().toUpperCase(Locale.ROOT),
                    ExportFileName.safePart(chartId, ""));
        }
        if (!lang.matches("[a-z]{2,3}") || !LANGUAGES.contains(lang)) {
            throw new InvalidExportException("export.refused.language", ExportRequest.shorten(lang));
        }
        ChartDefinition chart = catalog.byId(chartId).orElse(null);
        if (chart == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(TEXT)
                    .body(BundleTranslations.get(RequestLanguage.of(request).locale(), "present.unknown.reason", ExportRequest.shorten(chartId),
                            catalog.all().stream().map(ChartDefinition::id).collect(Collectors.joining(", "))));
        }
        Dataset current = datasetService.current();
        Optional<Dataset> drawn = version == null || version.equals(current.version()) ? Optional.of(current)
                : history.version(version);
        if (drawn.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(TEXT)
                    .body(BundleTranslations.get(RequestLanguage.of(request).locale(), "version.unknown"));
        }
        Locale locale = Locale.forLanguageTag(lang);
        byte[] csv = CsvExport.write(chart.id(), chart.rows(drawn.get(), locale));
        String fileName = ExportFileName.of(chart.id(), locale, captions.today(), format.extension());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(csv);
    }

    @ExceptionHandler(InvalidExportException.class)
    ResponseEntity<String> refuse(InvalidExportException e, HttpServletRequest request) {
        return ResponseEntity.badRequest().contentType(TEXT).body(e.message(RequestLanguage.of(request).locale()));
    }
}

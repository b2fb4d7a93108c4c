package org.ccfacts.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.dataset.DatasetService;
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

/**
 * {@code GET /export/{chartId}.csv?lang=en}: the figures a chart draws, as CSV. Only CSV is served here:
 * PNG and SVG are composed in the browser from the drawn chart (see {@code frontend/chart-export.ts}), so
 * any other extension is a clear 400, an unknown chart a 404. The CSV's header row and file name, and the
 * plain-text 4xx bodies for typed addresses, stay English on purpose: they are machine-facing or name the
 * ASCII parameters to type; the figures' labels and sources come in the asked language.
 */
@RestController
class CsvExportController {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

    private final ChartCatalog catalog;
    private final DatasetService datasetService;
    private final ExportCaptions captions;

    CsvExportController(ChartCatalog catalog, DatasetService datasetService, ExportCaptions captions) {
        this.catalog = catalog;
        this.datasetService = datasetService;
        this.captions = captions;
    }

    /** The URL of a chart's CSV, relative to the app root. */
    static String path(String chartId, Locale locale) {
        return "export/" + chartId + ".csv?lang=" + locale.getLanguage();
    }

    @GetMapping("/export/{file}")
    ResponseEntity<?> export(@PathVariable String file, @RequestParam(defaultValue = "en") String lang) {
        int dot = file.lastIndexOf('.');
        if (dot <= 0) {
            throw new InvalidExportException("Ask for /export/{chart}.csv, e.g. /export/"
                    + catalog.all().get(0).id() + ".csv.");
        }
        String chartId = file.substring(0, dot);
        ExportFormat format = ExportFormat.fromExtension(file.substring(dot + 1))
                .orElseThrow(() -> new InvalidExportException("Unknown format '"
                        + ExportRequest.shorten(file.substring(dot + 1)) + "'. This address serves csv."));
        if (format != ExportFormat.CSV) {
            throw new InvalidExportException(format.extension().toUpperCase(Locale.ROOT)
                    + " is drawn in the browser: use the export menu on /chart/" + ExportFileName.safePart(chartId, "")
                    + ". This address serves csv.");
        }
        if (!lang.matches("[a-z]{2,3}") || !LANGUAGES.contains(lang)) {
            throw new InvalidExportException("Unknown language '" + ExportRequest.shorten(lang) + "'.");
        }
        ChartDefinition chart = catalog.byId(chartId).orElse(null);
        if (chart == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(TEXT)
                    .body("No chart called '" + ExportRequest.shorten(chartId) + "'. Charts: "
                            + catalog.all().stream().map(ChartDefinition::id).collect(Collectors.joining(", ")) + ".");
        }
        Locale locale = Locale.forLanguageTag(lang);
        byte[] csv = CsvExport.write(chart.id(), chart.rows(datasetService.current(), locale));
        String fileName = ExportFileName.of(chart.id(), locale, captions.today(), format.extension());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(csv);
    }

    @ExceptionHandler(InvalidExportException.class)
    ResponseEntity<String> refuse(InvalidExportException e) {
        return ResponseEntity.badRequest().contentType(TEXT).body(e.getMessage() + " Formats: "
                + Arrays.stream(ExportFormat.values()).map(ExportFormat::extension).collect(Collectors.joining(", "))
                + " (png and svg from the chart page).");
    }
}

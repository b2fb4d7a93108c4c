package org.ccfacts.api;

import java.nio.charset.StandardCharsets;

import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.dataset.Measure;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The dataset for analysts. Each response is built from one {@link Dataset} version taken once per
 * request, so a reload in the middle of a request cannot mix two versions. The version id is the ETag:
 * a client that sends it back in {@code If-None-Match} gets {@code 304 Not Modified} until the data changes.
 */
@RestController
@RequestMapping("/api")
class DatasetController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final DatasetService datasetService;
    private final DatasetJsonCache datasetJson;

    DatasetController(DatasetService datasetService, DatasetJsonCache datasetJson) {
        this.datasetService = datasetService;
        this.datasetJson = datasetJson;
    }

    /** A plain GET is answered the same way, but cheaper, by {@link DatasetJsonFilter}; this serves the rest (HEAD, negotiated Accept). */
    @GetMapping(path = "/dataset", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> dataset(WebRequest request) {
        DatasetJsonCache.Rendered rendered = datasetJson.current();
        if (request.checkNotModified(rendered.etag())) {
            return null; // Spring has written the 304 with the ETag
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .eTag(rendered.etag())
                .cacheControl(CacheControl.noCache())
                .body(rendered.json());
    }

    @GetMapping(path = "/dataset/status", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StatusJson> status() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(StatusJson.of(datasetService.status()));
    }

    @GetMapping("/measures/{id}.csv")
    ResponseEntity<String> measureCsv(@PathVariable String id, WebRequest request) {
        Dataset dataset = datasetService.current();
        Measure measure = dataset.measure(id).orElseThrow(() -> new NotFoundException("No measure with id '" + visible(id) + "'."));
        if (request.checkNotModified(etag(dataset))) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(CSV)
                .eTag(etag(dataset))
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(measure.id() + ".csv").build().toString())
                .body(MeasureCsv.of(dataset, measure));
    }

    /** Any other /api address: a JSON 404 rather than the dashboard's "route not found" page. */
    @GetMapping("/**")
    ResponseEntity<ApiError> unknown() {
        throw new NotFoundException("No such API address. See /api/dataset, /api/dataset/status, /api/dataset/changes, /api/measures/{id}.csv.");
    }

    private static String etag(Dataset dataset) {
        return "\"" + dataset.version() + "\"";
    }

    /** An id as a reader may see it again: no markup or control characters, and never thousands of them echoed. */
    private static String visible(String id) {
        String safe = id.replaceAll("[^A-Za-z0-9._-]", "?");
        return safe.length() > 40 ? safe.substring(0, 40) + "…" : safe;
    }
}

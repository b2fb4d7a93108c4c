package org.ccfacts.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.ccfacts.dataset.DatasetService;
import org.ccfacts.history.DatasetHistory;
import org.ccfacts.history.Revision;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/dataset/changes?since=VERSION} and {@code /api/dataset/changes.csv?since=VERSION}: what every
 * accepted version after {@code since} changed (the whole history without it). A version the history does not hold
 * is a 404, not an empty list, so a client that kept a wrong id learns it.
 */
@RestController
@RequestMapping("/api/dataset")
class ChangesController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final DatasetService datasetService;
    private final DatasetHistory history;

    ChangesController(DatasetService datasetService, DatasetHistory history) {
        this.datasetService = datasetService;
        this.history = history;
    }

    @GetMapping(path = "/changes", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ChangesJson> changes(@RequestParam(required = false) String since) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .body(ChangesJson.of(datasetService.current().version(), since, revisions(since)));
    }

    @GetMapping("/changes.csv")
    ResponseEntity<String> changesCsv(@RequestParam(required = false) String since) {
        return ResponseEntity.ok().contentType(CSV).cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("changes.csv").build().toString())
                .body(ChangesCsv.of(revisions(since)));
    }

    private List<Revision> revisions(String since) {
        if (since == null || since.isEmpty()) {
            return history.revisions();
        }
        return history.since(since).orElseThrow(() -> new NotFoundException(
                "No version '" + (since.matches("[0-9a-f]{1,12}") ? since : "?") + "' in the history. See /api/dataset/changes."));
    }
}

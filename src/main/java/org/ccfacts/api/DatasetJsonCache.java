package org.ccfacts.api;

import java.util.concurrent.atomic.AtomicReference;

import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetService;
import org.springframework.stereotype.Component;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code /api/dataset} JSON of the version being served. A version never changes, so its JSON is
 * written once and every request after that sends the same bytes.
 */
@Component
class DatasetJsonCache {

    private final DatasetService datasetService;
    private final ObjectWriter writer;
    private final AtomicReference<Rendered> last = new AtomicReference<>();

    DatasetJsonCache(DatasetService datasetService, JsonMapper jsonMapper) {
        this.datasetService = datasetService;
        // values are published figures: always plain decimals, never 1E+1
        this.writer = jsonMapper.writer().with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    /** The current version's JSON; written now if the version changed since the last call. */
    Rendered current() {
        Dataset dataset = datasetService.current();
        Rendered cached = last.get();
        if (cached != null && cached.dataset() == dataset) {
            return cached;
        }
        Rendered fresh = new Rendered(dataset, "\"" + dataset.version() + "\"",
                writer.writeValueAsBytes(DatasetJson.of(dataset)));
        last.set(fresh);
        return fresh;
    }

    /** One version's JSON and its ETag (the version id, quoted). */
    record Rendered(Dataset dataset, String etag, byte[] json) {
    }
}

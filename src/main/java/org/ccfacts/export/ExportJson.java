package org.ccfacts.export;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one place export captions and requests become JSON for {@code frontend/chart-export.ts}, and back. */
final class ExportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExportJson() {
    }

    static String caption(ExportCaption caption) {
        return write(caption);
    }

    static String request(ExportRequest request) {
        return write(Map.of("format", request.format().extension(), "width", request.preset().width(),
                "height", request.preset().height(), "scale", request.scale(), "theme", request.theme().code()));
    }

    /** A JSON array of strings, as the browser returns the deck images; anything else is refused. */
    static List<String> stringList(String json, int maxItems) {
        try {
            List<String> items = MAPPER.readValue(json, new TypeReference<List<String>>() { });
            if (items.size() > maxItems) {
                throw new InvalidExportException("export.refused.images-count", Integer.toString(items.size()),
                        Integer.toString(maxItems));
            }
            return items;
        } catch (JsonProcessingException e) {
            throw new InvalidExportException("export.refused.images-json");
        }
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("export records are plain and always serialize", e);
        }
    }
}

package org.ccfacts.export;

import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The one place export captions and requests become JSON for {@code src/main/frontend/chart-export.ts}, and back. */
final class ExportJson {

    private static final JsonMapper MAPPER = new JsonMapper();

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
        } catch (JacksonException e) {
            throw new InvalidExportException("export.refused.images-json");
        }
    }

    private static String write(Object value) {
        // export records are plain: Jackson 3's exceptions are unchecked, and none is expected here
        return MAPPER.writeValueAsString(value);
    }
}

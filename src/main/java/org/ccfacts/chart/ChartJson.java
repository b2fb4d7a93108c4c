package org.ccfacts.chart;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one place chart options become JSON. */
public final class ChartJson {

    // Jackson 3 writes Optional without a module
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private ChartJson() {
    }

    public static String write(ChartOptions options) {
        // chart options are plain records: Jackson 3's exceptions are unchecked, and none is expected here
        return MAPPER.writeValueAsString(options);
    }
}

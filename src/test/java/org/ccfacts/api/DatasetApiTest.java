package org.ccfacts.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.ccfacts.csv.StrictCsv;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/** The API over real HTTP, on a dataset whose texts are hostile (formulas, quotes, commas, line breaks). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ccfacts.data.folder=src/test/resources/datasets/hostile", "ccfacts.data.watch=false"})
class DatasetApiTest {

    /** Reads numbers as the exact decimals sent (28.0 stays 28.0, not 28). */
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    @LocalServerPort
    private int port;

    @Autowired
    private DatasetService datasetService;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theWholeDatasetIsServedAsJsonWithItsVersionAsETag() throws Exception {
        Dataset dataset = datasetService.current();

        HttpResponse<String> response = get("/api/dataset");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.headers().firstValue("ETag")).contains("\"" + dataset.version() + "\"");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("version").asString()).isEqualTo(dataset.version());
        assertThat(body.get("observations")).hasSize(dataset.observations().size());
        assertThat(body.get("sources")).hasSize(dataset.sources().size());
        JsonNode article = find(body.get("sources"), "article");
        assertThat(article.get("publisher").asString()).isEqualTo(dataset.source("article").orElseThrow().publisher());
        assertThat(article.get("url").isNull()).as("a field the source does not give is null").isTrue();
        assertThat(article.get("date").asString()).as("a month stays a month").isEqualTo("2025-06");
        JsonNode lowerBound = find(body.get("observations"), "investment");
        assertThat(lowerBound.get("qualifier").asString()).isEqualTo("lower-bound");
        assertThat(lowerBound.get("periodKind").asString()).isEqualTo("as-of");
    }

    @Test
    void valuesAreJsonNumbersExactlyAsPublished() throws Exception {
        String body = get("/api/dataset").body();

        for (var observation : datasetService.current().observations()) {
            // 28.0 stays 28.0 and 312.04 stays 312.04: the digits written in the data file
            assertThat(body).contains("\"id\":\"" + observation.id() + "\"");
            JsonNode node = find(JSON.readTree(body).get("observations"), observation.id()).get("value");
            assertThat(node.isNumber()).isTrue();
            assertThat(node.decimalValue()).isEqualTo(observation.value());
        }
        assertThat(body).contains("\"value\":28.0,").contains("\"value\":0.46,").contains("\"value\":312.04,");
    }

    @Test
    void aMatchingIfNoneMatchGets304AndAnotherETagGetsTheData() throws Exception {
        String etag = get("/api/dataset").headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> same = get("/api/dataset", "If-None-Match", etag);
        assertThat(same.statusCode()).isEqualTo(304);
        assertThat(same.body()).isEmpty();
        assertThat(same.headers().firstValue("ETag")).contains(etag);

        HttpResponse<String> other = get("/api/dataset", "If-None-Match", "\"0123456789ab\"");
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).contains(datasetService.current().version());
    }

    @Test
    void theShortcutAndTheControllerGiveTheSameAnswer() throws Exception {
        // without Accept, DatasetJsonFilter answers; an Accept that needs negotiating goes to DatasetController
        HttpResponse<String> shortcut = get("/api/dataset");
        HttpResponse<String> controller = get("/api/dataset", "Accept", "application/json, text/plain;q=0.5");

        assertThat(shortcut.statusCode()).isEqualTo(200);
        assertThat(controller.statusCode()).isEqualTo(200);
        assertThat(controller.body()).isEqualTo(shortcut.body());
        for (String header : List.of("ETag", "Cache-Control", "Content-Type", "Content-Length",
                "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy")) {
            assertThat(shortcut.headers().firstValue(header)).as(header).isPresent()
                    .isEqualTo(controller.headers().firstValue(header));
        }
        String etag = shortcut.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/api/dataset", "If-None-Match", "W/" + etag).statusCode()).as("weak comparison").isEqualTo(304);
        assertThat(get("/api/dataset", "If-None-Match", "\"0123456789ab\", " + etag).statusCode()).as("a list").isEqualTo(304);
    }

    @Test
    void theStatusNamesTheVersionAndNoRejection() throws Exception {
        HttpResponse<String> response = get("/api/dataset/status");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode status = JSON.readTree(response.body());
        assertThat(status.get("version").asString()).isEqualTo(datasetService.current().version());
        assertThat(status.get("loadedAt").asString()).isEqualTo(datasetService.current().loadedAt().toString());
        assertThat(status.get("servingLastGood").asBoolean()).isFalse();
        assertThat(status.get("lastRejection").isNull()).isTrue();
    }

    @Test
    void aMeasureIsServedAsCsvWithHostileCellsNeutralised() throws Exception {
        HttpResponse<String> response = get("/api/measures/trade-goods.csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t.replace(" ", "").toLowerCase()).isEqualTo("text/csv;charset=utf-8"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).contains("attachment").contains("trade-goods.csv"));
        assertThat(response.body()).as("RFC 4180 line ends").contains("\r\n").doesNotContain(",\n");

        List<List<String>> rows = StrictCsv.parse(response.body());
        assertThat(rows.get(0)).containsExactlyElementsOf(MeasureCsv.HEADER);
        int note = MeasureCsv.HEADER.indexOf("note");
        int publisher = MeasureCsv.HEADER.indexOf("source_publisher");
        int quote = MeasureCsv.HEADER.indexOf("quote");
        int value = MeasureCsv.HEADER.indexOf("value");
        List<String> trade2024 = row(rows, "trade-2024");
        assertThat(trade2024.get(note)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(trade2024.get(publisher)).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(trade2024.get(quote)).as("Arabic arrives as UTF-8")
                .isEqualTo(datasetService.current().observation("trade-2024").orElseThrow().quote().orElseThrow());
        assertThat(trade2024.get(value)).isEqualTo("94.8");
        assertThat(row(rows, "trade-2023").get(note)).isEqualTo("'+1+1");
        assertThat(row(rows, "trade-2023").get(value)).isEqualTo("28.0");
        assertThat(row(rows, "trade-2022").get(note)).isEqualTo("'-2+3");
        assertThat(row(rows, "trade-2013").get(note)).isEqualTo("'@SUM(A1:A2)");
        assertThat(row(rows, "trade-2025-part").get(note)).isEqualTo("first line, with a comma\nsecond line");
        assertThat(row(rows, "trade-2024").get(MeasureCsv.HEADER.indexOf("source_title"))).isEqualTo("The \"record\", explained");
        // and as raw text: the formula cell is quoted with doubled quotes, behind an apostrophe
        assertThat(response.body()).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"\r\n");
        assertThat(rows).as("a header and one row per observation").hasSize(1
                + datasetService.current().observationsOf("trade-goods").size());
        assertThat(rows.stream().skip(1).flatMap(List::stream))
                .as("no cell a spreadsheet would run").noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
    }

    @Test
    void unknownIdsAndAddressesGetAShortJson404() throws Exception {
        for (String path : List.of("/api/measures/no-such-measure.csv", "/api/no-such-thing", "/api/measures/trade-goods.xlsx")) {
            HttpResponse<String> response = get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            JsonNode error = JSON.readTree(response.body());
            assertThat(error.get("status").asInt()).isEqualTo(404);
            assertThat(error.get("message").asString()).isNotBlank();
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("trace");
        }
        assertThat(JSON.readTree(get("/api/measures/no-such-measure.csv").body()).get("message").asString())
                .contains("no-such-measure");
    }

    @Test
    void aLongUnknownIdIsNotEchoedWhole() throws Exception {
        String id = "x".repeat(5_000);
        HttpResponse<String> response = get("/api/measures/" + id + ".csv");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain(id).hasSizeLessThan(300);
        assertThat(JSON.readTree(response.body()).get("message").asString()).contains("x".repeat(40) + "…");
    }

    @Test
    void aWrongMethodIsAShortJsonErrorToo() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/dataset"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(405);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode node : array) {
            if (node.get("id").asString().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no entry " + id);
    }

    private static List<String> row(List<List<String>> rows, String observationId) {
        int column = MeasureCsv.HEADER.indexOf("observation");
        return rows.stream().filter(r -> r.get(column).equals(observationId)).findFirst().orElseThrow();
    }
}

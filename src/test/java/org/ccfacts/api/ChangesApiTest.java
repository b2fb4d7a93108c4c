package org.ccfacts.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.ccfacts.csv.StrictCsv;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.dataset.TestFolders;
import org.ccfacts.history.DatasetHistory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /api/dataset/changes (JSON) and /api/dataset/changes.csv over real HTTP, across three versions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ChangesApiTest {

    @TempDir
    static Path folder;
    @TempDir
    static Path journal;

    @LocalServerPort
    private int port;

    @Autowired
    private DatasetService datasetService;
    @Autowired
    private DatasetHistory history;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void copyTheValidFixture() throws IOException {
        TestFolders.copyFiles(Path.of("src/test/resources/datasets/valid"), folder);
    }

    @DynamicPropertySource
    static void watchTheCopy(DynamicPropertyRegistry registry) {
        registry.add("ccfacts.data.folder", () -> folder.toString());
        registry.add("ccfacts.data.watch", () -> "true");
        registry.add("ccfacts.data.reload-debounce", () -> "100ms");
        registry.add("ccfacts.history.folder", () -> journal.toString());
    }

    @Test
    void changesSinceAVersionAsJsonAndCsv() throws Exception {
        String v1 = datasetService.current().version();
        String v2 = editAndWait("94.8", "95.1"); // the value and the sentence that states it
        String v3 = editAndWait("qualifier: lower-bound", "qualifier: approximate");

        HttpResponse<String> all = get("/api/dataset/changes?since=" + v1);
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = new JsonMapper().readTree(all.body());
        assertThat(body.get("version").asString()).isEqualTo(v3);
        assertThat(body.get("since").asString()).isEqualTo(v1);
        JsonNode revisions = body.get("revisions");
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0).get("version").asString()).as("newest first").isEqualTo(v3);
        assertThat(revisions.get(0).get("previousVersion").asString()).isEqualTo(v2);
        assertThat(revisions.get(0).get("acceptedAt").asString()).isNotBlank();
        JsonNode change = revisions.get(1).get("changes").get(0);
        assertThat(change.get("kind").asString()).isEqualTo("observation");
        assertThat(change.get("id").asString()).isEqualTo("trade-2024");
        assertThat(change.get("change").asString()).isEqualTo("changed");
        assertThat(change.get("before").get("value").asString()).isEqualTo("94.8");
        assertThat(change.get("after").get("value").asString()).isEqualTo("95.1");
        assertThat(change.get("after").get("source").asString()).isEqualTo("article");

        JsonNode sinceV2 = new JsonMapper().readTree(get("/api/dataset/changes?since=" + v2).body());
        assertThat(sinceV2.get("revisions")).hasSize(1);
        assertThat(new JsonMapper().readTree(get("/api/dataset/changes?since=" + v3).body()).get("revisions")).isEmpty();

        HttpResponse<String> csv = get("/api/dataset/changes.csv?since=" + v1);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        List<List<String>> rows = StrictCsv.parse(csv.body());
        assertThat(rows.getFirst()).isEqualTo(ChangesCsv.HEADER);
        assertThat(rows.subList(1, rows.size())).containsExactly(
                List.of(v3, rows.get(1).get(1), v2, "observation", "investment", "changed", "qualifier", "lower-bound", "approximate"),
                List.of(v2, rows.get(2).get(1), v1, "observation", "trade-2024", "changed", "value", "94.8", "95.1"),
                List.of(v2, rows.get(3).get(1), v1, "observation", "trade-2024", "changed", "quote",
                        "The figure stood at 94.8 billion dollars.", "The figure stood at 95.1 billion dollars."));

        // a chart's CSV holds the figures of the version asked for: the export menu of a page showing an earlier
        // version (or opened before a reload) asks for the page's version, not the newest
        assertThat(get("/export/trade-volume.csv?lang=en&version=" + v1).body()).contains("94.8").doesNotContain("95.1");
        assertThat(get("/export/trade-volume.csv?lang=en&version=" + v3).body()).contains("95.1").doesNotContain("94.8");
        assertThat(get("/export/trade-volume.csv?lang=en").body()).contains("95.1");
        HttpResponse<String> unknown = get("/export/trade-volume.csv?lang=en&version=ffffffffffff");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("No such version of the data is kept.");
    }

    @Test
    void anUnknownVersionIsA404() throws Exception {
        HttpResponse<String> response = get("/api/dataset/changes?since=ffffffffffff");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(new JsonMapper().readTree(response.body()).get("status").asInt()).isEqualTo(404);
        assertThat(get("/api/dataset/changes.csv?since=ffffffffffff").statusCode()).isEqualTo(404);
    }

    private String editAndWait(String from, String to) throws IOException {
        String before = datasetService.current().version();
        Path observations = folder.resolve("observations.yaml");
        Files.writeString(observations, Files.readString(observations).replace(from, to));
        await().atMost(Duration.ofSeconds(20)).until(() -> !datasetService.current().version().equals(before));
        String after = datasetService.current().version();
        // the history keeps a version right after it is served, on the thread that loaded it
        await().atMost(Duration.ofSeconds(20)).until(() -> history.version(after).isPresent());
        return after;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

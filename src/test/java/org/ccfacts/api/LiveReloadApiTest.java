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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.ccfacts.dataset.TestFolders;

/** The running app picks up edits to its data folder: a valid edit is served, a broken one is refused. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // stop the watcher before the temporary folder goes away
class LiveReloadApiTest {

    @TempDir
    static Path folder;

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = new JsonMapper();

    @BeforeAll
    static void copyTheValidFixture() throws IOException {
        TestFolders.copyFiles(Path.of("src/test/resources/datasets/valid"), folder);
    }

    @DynamicPropertySource
    static void watchTheCopy(DynamicPropertyRegistry registry) {
        registry.add("ccfacts.data.folder", () -> folder.toString());
        registry.add("ccfacts.data.watch", () -> "true");
        registry.add("ccfacts.data.reload-debounce", () -> "100ms");
    }

    @Test
    void aValidEditIsServedAndABrokenOneIsRefusedWhileTheLastGoodKeepsServing() throws Exception {
        String firstVersion = get("/api/dataset").get("version").asString();
        Path observations = folder.resolve("observations.yaml");
        String original = Files.readString(observations);

        Files.writeString(observations, original.replace("94.8", "95.1"));
        await().atMost(Duration.ofSeconds(20)).until(() -> !get("/api/dataset").get("version").asString().equals(firstVersion));
        JsonNode edited = get("/api/dataset");
        assertThat(value(edited, "trade-2024")).isEqualTo("95.1");

        Files.writeString(observations, original.replace("value: 94.8", "value: 95,1"));
        await().atMost(Duration.ofSeconds(20)).until(() -> get("/api/dataset/status").get("servingLastGood").asBoolean());
        JsonNode status = get("/api/dataset/status");
        assertThat(status.get("version").asString()).isEqualTo(edited.get("version").asString());
        JsonNode error = status.get("lastRejection").get("errors").get(0);
        assertThat(error.get("file").asString()).isEqualTo("observations.yaml");
        assertThat(error.get("line").asInt()).isEqualTo(4);
        assertThat(error.get("field").asString()).isEqualTo("value");
        assertThat(error.get("message").asString()).contains("'95,1' is not a number");
        assertThat(value(get("/api/dataset"), "trade-2024")).as("the last good version keeps serving").isEqualTo("95.1");
    }

    private static String value(JsonNode dataset, String observationId) {
        for (JsonNode o : dataset.get("observations")) {
            if (o.get("id").asString().equals(observationId)) {
                return o.get("value").asString();
            }
        }
        throw new AssertionError("no observation " + observationId);
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }
}

package org.ccfacts.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every page of the app answers 200; any other page address 404, with the app's page to say so. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnknownPageFilterTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({
            "/, 200", "/about, 200", "/about/, 200", "/chart/trade-volume, 200", "/present, 200", "/present/polls, 200",
            "/?lang=ar, 200", "/changes, 200", "/changes?lang=ar, 200",
            "/changes/x, 404", "/?version=ffffffffffff, 404", "/nope, 404", "/about/more, 404", "/chart, 404", "/present/polls/2, 404", "/index, 404",
    })
    void pagesAnswerTheirStatus(String path, int status) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(response.body()).contains("<html");
    }

    @ParameterizedTest
    @CsvSource({
            "/application.properties, 404", "/data/sources.yaml, 404", "/favicon.ico, 404", "/about/x.html, 404",
            "/actuator/env, 404", "/actuator/heapdump, 404", "/actuator/health/../env, 404",
            "/icons/favicon.svg, 200", "/actuator/health, 200", "/actuator/health/readiness, 200", "/actuator/info, 200",
    })
    void filesAndActuatorAddressesThatDoNotExistAre404(String path, int status) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
    }

    @ParameterizedTest
    @CsvSource({"PUT, /", "DELETE, /about", "PATCH, /chart/trade-volume", "PROPFIND, /", "POST, /present",
            "DELETE, /application.properties", "PUT, /VAADIN/build/x.js", "DELETE, /actuator/health"})
    void onlyReadingIsAllowedOnPagesAndFiles(String method, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(method + " " + path).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).as(method + " " + path).contains("GET, HEAD");
        assertThat(response.body()).startsWith("Only reading is allowed here");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
}

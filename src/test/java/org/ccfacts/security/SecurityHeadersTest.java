package org.ccfacts.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The headers as a client receives them from the running server, on pages, files, Actuator and errors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ccfacts.embed.allowed-origins=https://intranet.example.org,http://localhost:9999")
class SecurityHeadersTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @org.springframework.beans.factory.annotation.Autowired
    org.ccfacts.dataset.DatasetService datasets;

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/actuator/health", "/actuator/info", "/no-such-page", "/VAADIN/no-such-file.js",
            "/actuator/env", "/api/dataset"})
    void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
        HttpResponse<String> response = get(path);

        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'none'", "object-src 'none'", "frame-ancestors 'none'")
                .doesNotContainPattern("script-src[^;]*'unsafe-inline'");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(headers.firstValue("Permissions-Policy")).get().asString().contains("camera=()", "geolocation=()");
        assertThat(headers.firstValue("Server")).isEmpty();
        assertThat(headers.firstValue("X-Powered-By")).isEmpty();
    }

    @Test
    void everyResponseHasItsOwnNonce() throws Exception {
        String first = get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
        String second = get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void apiAnswersCarryAFixedPolicyWithoutANonce() throws Exception {
        for (String path : List.of("/api/dataset", "/api/dataset/status", "/api/no-such-thing")) {
            assertThat(get(path).headers().firstValue("Content-Security-Policy")).as(path)
                    .contains(ContentSecurityPolicy.API);
        }
        assertThat(ContentSecurityPolicy.API).doesNotContain("nonce").doesNotContain("'self'");
    }

    @Test
    void theBootstrapPageMarksItsInlineScriptsWithTheNonceOfItsHeader() throws Exception {
        HttpResponse<String> response = get("/");
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        String nonce = csp.replaceAll("(?s).*'nonce-([^']+)'.*", "$1");

        assertThat(response.body()).contains("<script");
        int scripts = response.body().split("<script", -1).length - 1;
        int withNonce = response.body().split(java.util.regex.Pattern.quote("nonce=\"" + nonce + "\""), -1).length - 1;
        assertThat(withNonce).isEqualTo(scripts);
    }

    @Test
    void chartPagesMayBeFramedOnlyByTheConfiguredOrigins() throws Exception {
        HttpResponse<String> chart = get("/chart/trade-volume");

        assertThat(chart.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors https://intranet.example.org http://localhost:9999");
        assertThat(chart.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(get("/").headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'none'");
    }

    @Test
    void actuatorShowsOnlyHealthAndInfoWithoutDetails() throws Exception {
        // status and probe group names only: no components, disk space, paths or versions
        JsonNode health = new JsonMapper().readTree(get("/actuator/health").body());
        assertThat(health.propertyNames()).containsExactlyInAnyOrder("status", "groups");
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(get("/actuator/info").body()).contains("\"dataset\":{").contains("\"version\":\"" + datasets.current().version() + "\"");
        for (String hidden : List.of("env", "beans", "configprops", "heapdump", "threaddump", "mappings", "metrics",
                "loggers", "shutdown")) {
            // an unknown path gets Vaadin's page (its router shows "not found"), never Actuator's JSON
            HttpResponse<String> response = get("/actuator/" + hidden);
            assertThat(response.headers().firstValue("Content-Type")).as(hidden).get().asString()
                    .doesNotContain("json").doesNotContain("actuator");
            assertThat(response.body()).as(hidden).doesNotContain("propertySources", "\"beans\"", "\"contexts\"");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a bad escape", "an escaped NUL", "a raw NUL byte", "headers over the size limit"})
    void theAnswersTomcatGivesItselfCarryTheSecurityHeaders(String mistake) throws IOException {
        String request = switch (mistake) {
            case "a bad escape" -> "GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
            case "an escaped NUL" -> "GET /a%00b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
            case "a raw NUL byte" -> "GET /a\0b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
            default -> "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "x".repeat(20_000) + "\r\nConnection: close\r\n\r\n";
        };
        String answer = rawExchange(request);

        assertThat(answer).startsWith("HTTP/1.1 4");
        String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase();
        assertThat(head).contains("content-security-policy: " + ContentSecurityPolicy.API.toLowerCase(),
                "x-frame-options: deny", "x-content-type-options: nosniff", "referrer-policy: no-referrer",
                "permissions-policy: ", "cross-origin-resource-policy: same-origin");
    }

    private String rawExchange(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void aMalformedRequestRevealsNoServerNameOrVersion() throws IOException {
        // Tomcat answers this itself, before any servlet: its error page must not name itself
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /%%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);

            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer.toLowerCase()).doesNotContain("tomcat").doesNotContain("server:")
                    .doesNotContain("exception");
        }
    }

    @Test
    void anOriginThatCouldAddADirectiveIsRefused() {
        assertThatThrownBy(() -> new EmbedProperties(List.of("https://a.example; script-src *")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not an origin");
        assertThat(new EmbedProperties(List.of("https://a.example:8443")).allowedOrigins())
                .containsExactly("https://a.example:8443");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

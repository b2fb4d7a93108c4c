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

/**
 * {@code v-r} names the kind of a Vaadin request (init, uidl, heartbeat, …). Any other value is a client
 * mistake: a short 400 in the reader's language with the security headers, never a 500 with an empty body.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnknownRequestTypeTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET, /?v-r=foo, en, Unknown request type",
            "POST, /?v-r=foo, en, Unknown request type",
            "GET, /?v-r=, en, Unknown request type",
            "GET, /about?v-r=UIDL, en, Unknown request type",
            "POST, /?v-r=%3Cscript%3E, en, Unknown request type",
            "GET, /?v-r=foo&lang=ru, ru, Неизвестный тип запроса",
    })
    void anUnknownRequestTypeIsAClean400(String method, String path, String language, String reason) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
        assertThat(response.body()).startsWith(reason).doesNotContain("<", "Exception", "at com.");
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString().contains("default-src 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
}

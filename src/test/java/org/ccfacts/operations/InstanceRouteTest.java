package org.ccfacts.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A replica started with ccfacts.instance-route=b marks its sessions so a proxy can keep them on it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ccfacts.instance-route=b")
class InstanceRouteTest {

    @LocalServerPort
    int port;

    @Test
    void theSessionCookieEndsWithTheInstanceRoute() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(response.headers().firstValue("Set-Cookie")).get().asString().matches("JSESSIONID=[0-9A-F]+\\.b;.*");
    }

    @Test
    void aRouteThatCouldBreakTheCookieIsRefused() {
        assertThatThrownBy(() -> new InstanceRouteCustomizer("a; Path=/x")).isInstanceOf(IllegalArgumentException.class);
    }
}

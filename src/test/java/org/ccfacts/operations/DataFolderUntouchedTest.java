package org.ccfacts.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app only reads its data folder: it starts and serves from a read-only copy, and after pages,
 * Vaadin's bootstrap and the info endpoint were served, the folder holds exactly the same files and bytes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DataFolderUntouchedTest {

    private static final Path DATA = readOnlyCopyOfData();
    private static final Map<String, String> BEFORE = snapshot(DATA);

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("ccfacts.data.folder", DATA::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void servingPagesLeavesTheDataFolderExactlyAsItWas() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        for (String path : new String[] {"/", "/?v-r=init&location=&query=", "/actuator/info", "/api/dataset",
                "/chart/trade-volume"}) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isLessThan(500);
        }
        assertThat(snapshot(DATA)).isEqualTo(BEFORE);
    }

    @AfterAll
    static void makeWritableForCleanUp() throws IOException {
        try (Stream<Path> files = Files.list(DATA)) {
            for (Path file : files.toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        }
        Files.setPosixFilePermissions(DATA, PosixFilePermissions.fromString("rwx------"));
    }

    private static Path readOnlyCopyOfData() {
        try {
            Path copy = Files.createTempDirectory("ccfacts-readonly-data-");
            try (Stream<Path> files = Files.list(Path.of("data"))) {
                for (Path file : files.toList()) {
                    Path target = copy.resolve(file.getFileName());
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
                }
            }
            Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("r-xr-xr-x"));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> snapshot(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            Map<String, String> result = new TreeMap<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                result.put(folder.relativize(file).toString(), Files.size(file) + ":" + Files.getLastModifiedTime(file)
                        + ":" + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(Files.readAllBytes(file))));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

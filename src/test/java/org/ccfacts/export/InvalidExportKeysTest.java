package org.ccfacts.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every refusal names a key of the English bundle: a sentence passed instead of a key would be shown as
 * is, in English, to every reader (CatalogText answers a missing key with the key itself).
 */
class InvalidExportKeysTest {

    private static final Pattern THROWN = Pattern.compile("new InvalidExportException\\(\\s*\"([^\"]*)\"");

    @Test
    void everyRefusalInTheSourcesIsAKeyOfTheBundle() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = THROWN.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        assertThat(keys).as("refusals found in src/main/java").hasSizeGreaterThanOrEqualTo(15);
        assertThat(keys).allSatisfy(key -> assertThat(english.getProperty(key)).as("English text of %s", key).isNotBlank());
    }
}

package org.ccfacts.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every text key the views and the catalog ask for exists in the English file, and none is left unused. */
class TranslationsTest {

    private static final Pattern KEY_USE = Pattern.compile(
            "(?:getTranslation|BundleTranslations\\.get|I18NProvider\\.translate)\\((?:locale, |[a-zA-Z]+, )?\"([a-z0-9.-]+)\""
                    // a refusal names its reason's key: a sentence there would be shown as is, in English
                    + "|new InvalidExportException\\(\\s*\"([^\"]*)\"");
    // keys built at run time: qualifier.<code>, table.qualifier.<code>
    private static final Pattern QUALIFIER_KEY = Pattern.compile("\"((?:[a-z-]+\\.)*qualifier\\.)\" \\+");

    @Test
    void everyKeyInTheCodeIsTranslatedAndEveryTranslationIsUsed() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        Set<String> used = new TreeSet<>();
        Set<String> qualifierPrefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                Matcher m = KEY_USE.matcher(code);
                while (m.find()) {
                    if (m.group(2) != null) {
                        used.add(m.group(2));
                    } else if (!m.group(1).endsWith(".")) { // "qualifier." + code: a prefix, checked below
                        used.add(m.group(1));
                    }
                }
                Matcher prefix = QUALIFIER_KEY.matcher(code);
                while (prefix.find()) {
                    qualifierPrefixes.add(prefix.group(1));
                }
            }
        }
        // the "a ? key1 : key2" form: string literals that look like keys next to a getTranslation call
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = Pattern.compile("\"([a-z0-9-]+(?:\\.[a-z0-9-]+)+)\"").matcher(Files.readString(file));
                while (m.find()) {
                    if (english.containsKey(m.group(1))) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(english.stringPropertyNames()).containsAll(used);
        Set<String> unused = new TreeSet<>(english.stringPropertyNames());
        unused.removeAll(used);
        for (String prefix : qualifierPrefixes) {
            for (org.ccfacts.dataset.Qualifier q : org.ccfacts.dataset.Qualifier.values()) {
                assertThat(english.getProperty(prefix + q.code())).as("words for " + prefix + q.code()).isNotBlank();
            }
            unused.removeIf(key -> key.startsWith(prefix));
        }
        assertThat(unused).as("translations no code asks for").isEmpty();
    }
}

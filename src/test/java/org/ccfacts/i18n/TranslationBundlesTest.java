package org.ccfacts.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every UI text exists in all four languages. A failure names each key and the file that lacks it:
 * add the key there (translations.properties is English).
 */
class TranslationBundlesTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\d+)}");

    @Test
    void everyKeyIsTranslatedIntoEveryLanguageAndNoneIsBlank() throws IOException {
        Map<String, Properties> bundles = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            bundles.put(fileOf(language), load(fileOf(language)));
        }
        Set<String> allKeys = new TreeSet<>();
        bundles.values().forEach(b -> allKeys.addAll(b.stringPropertyNames()));

        List<String> problems = new ArrayList<>();
        bundles.forEach((file, bundle) -> {
            for (String key : allKeys) {
                String text = bundle.getProperty(key);
                if (text == null) {
                    problems.add(file + ": missing key " + key);
                } else if (text.isBlank()) {
                    problems.add(file + ": blank value for " + key);
                }
            }
        });
        assertThat(allKeys).as("keys in the bundles").isNotEmpty();
        assertThat(problems).as("keys to add (translations.properties is English)").isEmpty();
    }

    @Test
    void everyTranslationUsesTheSameParametersAsEnglish() throws IOException {
        Properties english = load(fileOf(Language.EN));
        List<String> problems = new ArrayList<>();
        for (Language language : Language.values()) {
            Properties bundle = load(fileOf(language));
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                if (english.containsKey(key) && !parameters(text).equals(parameters(english.getProperty(key)))) {
                    problems.add(fileOf(language) + ": " + key + " uses " + parameters(text) + ", English " + parameters(english.getProperty(key)));
                }
                // MessageFormat drops a lone ' and everything up to the next one
                if (!parameters(text).isEmpty() && text.replace("''", "").contains("'")) {
                    problems.add(fileOf(language) + ": " + key + " has a single ' in a text with parameters (write '')");
                }
                // without parameters the text is shown as written: '' would show as two quotes
                if (parameters(text).isEmpty() && text.contains("''")) {
                    problems.add(fileOf(language) + ": " + key + " has '' in a text without parameters (write ')");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aKeyMissingInALanguageIsShownInEnglish() {
        BundleTranslations translations = new BundleTranslations("i18n-fallback.translations");
        assertThat(translations.getTranslation("greeting", Language.AR.locale())).isEqualTo("مرحبا");
        assertThat(translations.getTranslation("farewell", Language.AR.locale())).isEqualTo("Goodbye");
        assertThat(translations.getTranslation("farewell", Language.ZH.locale())).isEqualTo("Goodbye");
    }

    @Test
    void englishReadersGetEnglishEvenOnAServerRunningInRussian() {
        Locale serverLocale = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ru-RU"));
            BundleTranslations translations = new BundleTranslations("i18n-fallback.translations");
            assertThat(translations.getTranslation("greeting", Locale.ENGLISH)).isEqualTo("Hello");
            assertThat(translations.getTranslation("greeting", Locale.GERMAN)).isEqualTo("Hello");
        } finally {
            Locale.setDefault(serverLocale);
        }
    }

    @Test
    void theAppBundleFormatsParametersInTheReadersLanguage() {
        BundleTranslations translations = new BundleTranslations();
        assertThat(translations.getTranslation("table.label", Language.RU.locale(), "Торговля"))
                .isEqualTo(load("translations_ru.properties").getProperty("table.label").replace("{0}", "Торговля"));
        assertThat(translations.getProvidedLocales()).hasSize(Language.values().length);
    }

    private static String fileOf(Language language) {
        return language == Language.FALLBACK ? "translations.properties" : "translations_" + language.code() + ".properties";
    }

    private static Set<String> parameters(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PARAMETER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String file) {
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            assertThat(in).as("vaadin-i18n/" + file + " on the classpath").isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

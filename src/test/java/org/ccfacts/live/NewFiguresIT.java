package org.ccfacts.live;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Locale;

import org.ccfacts.browser.BrowserTest;
import org.ccfacts.catalog.TradeVolumeChart;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.dataset.TestFolders;
import org.ccfacts.format.FigureFormat;
import org.ccfacts.history.DatasetHistory;
import org.ccfacts.i18n.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * A page open while a copy of {@code data/} is edited learns of the new figures within 5 s of their acceptance: a
 * polite live region offers to show them, the figures on the page stay as they were until the reader asks, and the
 * What-changed page then lists the revision (screenshots in en and ar to look at: target/screenshots/).
 */
@DirtiesContext // stop the watcher before the temporary folder goes away
class NewFiguresIT extends BrowserTest {

    @TempDir
    static Path folder;
    @TempDir
    static Path journal;

    @Autowired
    private DatasetService datasetService;
    @Autowired
    private DatasetHistory history;

    @BeforeAll
    static void copyTheData() throws IOException {
        TestFolders.copyFiles(Path.of("data"), folder);
    }

    @DynamicPropertySource
    static void watchTheCopy(DynamicPropertyRegistry registry) {
        registry.add("ccfacts.data.folder", () -> folder.toString());
        registry.add("ccfacts.data.watch", () -> "true");
        registry.add("ccfacts.data.reload-debounce", () -> "100ms");
        registry.add("ccfacts.history.folder", () -> journal.toString());
    }

    @Test
    void anOpenPageOffersTheNewFiguresWithin5SecondsAndSwapsNothingUntilAsked() throws IOException {
        FigureFormat format = new FigureFormat(Locale.ENGLISH);
        String headline = TradeVolumeChart.headline(datasetService.current()).orElseThrow().id();
        String before = format.value(datasetService.current().observation(headline).orElseThrow());
        openAndWaitForChart("/?lang=en", "chart-trade-volume");
        Locator notice = page.locator("cc-new-figures#new-figures");
        Locator figure = page.locator("#kpi-" + headline + " .cc-kpi-value");
        assertThat(figure).hasText(before);
        assertThat(notice).hasAttribute("role", "status");
        assertThat(notice).hasAttribute("aria-live", "polite");
        assertThat(notice).isEmpty();

        String old = datasetService.current().version();
        org.ccfacts.dataset.Dataset first = datasetService.current();
        Path observations = folder.resolve("observations.yaml");
        String text = Files.readString(observations);
        Files.writeString(observations, reviseFigure(text, headline));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> !datasetService.current().version().equals(old));
        String after = format.value(datasetService.current().observation(headline).orElseThrow());

        // within 5 s of the new version being accepted
        assertThat(notice.locator("#new-figures-show")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(5_000));
        assertThat(notice).containsText("New figures since ");
        assertThat(figure).hasText(before); // nothing is swapped under the reader's eyes

        page.locator("#new-figures-show").click();
        assertThat(figure).hasText(after);
        assertThat(page.locator("#new-figures-show")).hasCount(0);

        String version = datasetService.current().version();
        await().atMost(Duration.ofSeconds(20)).until(() -> history.version(version).isPresent());
        Files.createDirectories(Paths.get("target/screenshots"));
        for (String language : new String[] {"en", "ar"}) {
            page.navigate(url("/changes?lang=" + language));
            Locator revision = page.locator("#revision-" + version);
            FigureFormat inLanguage = new FigureFormat(Language.fromCode(language).orElseThrow().locale());
            assertThat(revision).containsText(inLanguage.value(first.observation(headline).orElseThrow()));
            assertThat(revision).containsText(inLanguage.value(datasetService.current().observation(headline).orElseThrow()));
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Paths.get("target/screenshots/changes-" + language + ".png")));
        }
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
    }

    /** The figure's entry with its value, and the same digits in its quote, raised by 0.6: a revision the reader accepts. */
    private static String reviseFigure(String observations, String id) {
        int start = observations.indexOf("- id: " + id + "\n");
        assertThat(start).isNotNegative();
        int end = observations.indexOf("\n- id: ", start + 1);
        end = end < 0 ? observations.length() : end;
        String entry = observations.substring(start, end);
        java.util.regex.Matcher value = java.util.regex.Pattern.compile("\n  value: ([0-9.]+)\n").matcher(entry);
        assertThat(value.find()).isTrue();
        String old = value.group(1);
        String revised = new java.math.BigDecimal(old).add(new java.math.BigDecimal("0.6")).toPlainString();
        assertThat(entry).contains("quote").contains(old);
        return observations.substring(0, start) + entry.replace(old, revised) + observations.substring(end);
    }
}

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

    private static final String TRADE_2024 = "id: " + TradeVolumeChart.HEADLINE + "\n  measure: trade-goods\n  period: 2024\n  value: ";

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
        try (var files = Files.list(Path.of("data"))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
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
        String before = format.value(datasetService.current().observation(TradeVolumeChart.HEADLINE).orElseThrow());
        openAndWaitForChart("/?lang=en", "chart-trade-volume");
        Locator notice = page.locator("cc-new-figures#new-figures");
        Locator figure = page.locator("#kpi-" + TradeVolumeChart.HEADLINE + " .cc-kpi-value");
        assertThat(figure).hasText(before);
        assertThat(notice).hasAttribute("role", "status");
        assertThat(notice).hasAttribute("aria-live", "polite");
        assertThat(notice).isEmpty();

        String old = datasetService.current().version();
        org.ccfacts.dataset.Dataset first = datasetService.current();
        Path observations = folder.resolve("observations.yaml");
        String text = Files.readString(observations);
        assertThat(text).contains(TRADE_2024 + "94.8\n");
        Files.writeString(observations, text.replace(TRADE_2024 + "94.8\n", TRADE_2024 + "95.1\n"));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> !datasetService.current().version().equals(old));
        String after = format.value(datasetService.current().observation(TradeVolumeChart.HEADLINE).orElseThrow());

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
            assertThat(revision).containsText(inLanguage.value(first.observation(TradeVolumeChart.HEADLINE).orElseThrow()));
            assertThat(revision).containsText(inLanguage.value(datasetService.current().observation(TradeVolumeChart.HEADLINE).orElseThrow()));
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Paths.get("target/screenshots/changes-" + language + ".png")));
        }
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
    }
}

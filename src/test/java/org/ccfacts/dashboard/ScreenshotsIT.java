package org.ccfacts.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ccfacts.browser.BrowserTest;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/**
 * Full-page screenshots at the three screen sizes, light and dark, for looking at by eye:
 * {@code ./mvnw verify -Dtest=none -Dit.test=ScreenshotsIT -Dscreenshots=true} writes them to
 * {@code target/screenshots/}. Off in normal runs: it checks nothing a person would not check better.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ScreenshotsIT extends BrowserTest {

    @ParameterizedTest(name = "{0} {1} {2}×{3} {4}")
    @CsvSource({"/, en, 1280, 800, light", "/, en, 1280, 800, dark", "/, en, 1920, 1080, light", "/, en, 1920, 1080, dark",
            "/, en, 390, 844, light", "/, en, 390, 844, dark", "/about, en, 1280, 800, light", "/about, en, 390, 844, dark",
            "/, ar, 1280, 800, light", "/, ar, 1280, 800, dark", "/, ar, 390, 844, light", "/about, ar, 1280, 800, dark"})
    void screenshot(String path, String lang, int width, int height, String theme) throws IOException {
        context.close();
        context = context.browser().newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        context.addInitScript("localStorage.setItem('ccfacts-theme', '" + theme + "')");
        page = watched(context.newPage());
        page.navigate(url(path + "?lang=" + lang));
        if (path.equals("/")) {
            page.locator("apex-chart#chart-summit-timeline[data-ready] svg.apexcharts-svg").waitFor();
        } else {
            page.locator("#about-sources").waitFor();
        }
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        // no round trip in flight (so Vaadin's loading bar is not in the picture)
        page.waitForFunction("() => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
        // …and its loading bar has faded out
        page.waitForFunction("() => Array.from(document.querySelectorAll('.v-status-message, .v-loading-indicator'))"
                + ".every(bar => getComputedStyle(bar).opacity === '0' || getComputedStyle(bar).display === 'none')");
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        String name = (path.equals("/") ? "dashboard" : path.substring(1)) + "-" + lang + "-" + width + "x" + height + "-" + theme;
        Path viewport = dir.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(viewport));
        Path full = dir.resolve(name + "-full.png");
        page.screenshot(new Page.ScreenshotOptions().setPath(full).setFullPage(true));
        assertThat(Files.size(full)).isPositive();
    }
}

package org.ccfacts.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.ccfacts.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ForcedColors;
import com.microsoft.playwright.options.ReducedMotion;

/**
 * The page around the charts: the skip link, Esc on the export menu, Windows high contrast (forced colours),
 * reduced motion, and a 320 px wide window or 200 % zoom.
 */
class PageAccessibilityIT extends BrowserTest {

    private void openDashboard(String path) {
        page.navigate(url(path));
        page.waitForFunction("() => document.querySelectorAll('apex-chart').length > 0 && "
                + "document.querySelectorAll('apex-chart[data-ready]').length === document.querySelectorAll('apex-chart').length");
    }

    @Test
    void theFirstTabStopSkipsToTheContentWithoutLeavingThePage() {
        openDashboard("/chart/trade-volume?lang=ar");
        String address = page.url();
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("skip-to-content");
        assertThat(page.evaluate("() => document.activeElement.getBoundingClientRect().top >= 0")).isEqualTo(true);
        page.keyboard().press("Enter");
        page.waitForFunction("() => document.activeElement && document.activeElement.id === 'cc-content'");
        assertThat(page.url()).isEqualTo(address);
    }

    @Test
    void escapeClosesTheExportMenuAndReturnsTheFocusToItsButton() {
        openDashboard("/?lang=en");
        page.locator("#trade-volume-export-toggle").click();
        page.locator("#trade-volume-export [data-export-choice='size']").focus();
        page.keyboard().press("Escape");
        page.waitForFunction("() => document.querySelector('#trade-volume-export-toggle').getAttribute('aria-expanded') === 'false'");
        assertThat(page.locator("#trade-volume-export").isVisible()).isFalse();
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("trade-volume-export-toggle");
    }

    @Test
    void forcedColoursDrawLinesBarsAndMarkersInTheReadersSystemColours() {
        page.emulateMedia(new Page.EmulateMediaOptions().setForcedColors(ForcedColors.ACTIVE));
        openDashboard("/?lang=en");
        @SuppressWarnings("unchecked")
        Map<String, Object> colours = (Map<String, Object>) page.evaluate("""
                () => {
                  const probe = document.createElement('div');
                  probe.style.cssText = 'color: CanvasText; background: Canvas; forced-color-adjust: none';
                  document.body.append(probe);
                  const text = getComputedStyle(probe).color, canvas = getComputedStyle(probe).backgroundColor;
                  probe.remove();
                  const line = document.querySelector('#chart-trade-volume path.apexcharts-line');
                  const bar = document.querySelector('#chart-road-transport .apexcharts-bar-area');
                  const marker = document.querySelector('#chart-summit-timeline .apexcharts-marker');
                  return { text, canvas, line: getComputedStyle(line).stroke, bar: getComputedStyle(bar).fill,
                           marker: getComputedStyle(marker).stroke };
                }""");
        assertThat(colours.get("text")).isNotEqualTo(colours.get("canvas"));
        assertThat(colours).containsEntry("line", colours.get("text")).containsEntry("bar", colours.get("text"))
                .containsEntry("marker", colours.get("text"));
    }

    @Test
    void reducedMotionLeavesNothingMovingOnThePage() {
        page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
        openDashboard("/?lang=en");
        @SuppressWarnings("unchecked")
        List<String> moving = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('*')].filter(e => {
                  const s = getComputedStyle(e);
                  const seconds = v => Math.max(...v.split(',').map(t => parseFloat(t) * (t.trim().endsWith('ms') ? 0.001 : 1)));
                  return seconds(s.transitionDuration) > 0 || (s.animationName !== 'none' && seconds(s.animationDuration) > 0);
                }).map(e => e.tagName + '.' + e.className)""");
        assertThat(moving).as("elements with a transition or an animation").isEmpty();
        assertThat(page.evaluate("() => [...document.querySelectorAll('apex-chart')].every(c => c.config.chart.animations.enabled === false)"))
                .isEqualTo(true);
    }

    /** 320 CSS px is what a 1280 px window shows at 400 % zoom (WCAG 1.4.10); 640 × 400 is 200 %. */
    @ParameterizedTest
    @CsvSource({"320, 640", "640, 400"})
    void narrowOrZoomedEveryChartAndItsControlsFitWithoutScrollingSideways(int width, int height) {
        try (BrowserContext narrow = browserContext(width, height)) {
            Page small = watched(narrow.newPage());
            small.navigate(url("/?lang=ar"));
            small.waitForFunction("() => document.querySelectorAll('apex-chart').length > 0 && "
                    + "document.querySelectorAll('apex-chart[data-ready]').length === document.querySelectorAll('apex-chart').length");
            assertThat(small.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isEqualTo(true);
            @SuppressWarnings("unchecked")
            List<String> outside = (List<String>) small.evaluate("""
                    () => [...document.querySelectorAll('apex-chart, .cc-play, [id$="-table-toggle"], [id$="-export-toggle"]')]
                      .filter(e => { const r = e.getBoundingClientRect(); return r.width === 0 || r.left < 0 || r.right > document.documentElement.clientWidth; })
                      .map(e => e.id)""");
            assertThat(small.locator(".cc-play").count()).isEqualTo(small.locator("apex-chart").count());
            assertThat(outside).as("charts and controls cut off at " + width + " px").isEmpty();
        }
    }

    private BrowserContext browserContext(int width, int height) {
        return context.browser().newContext(new Browser.NewContextOptions().setViewportSize(width, height));
    }
}

package org.ccfacts.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccfacts.browser.BrowserTest;
import org.ccfacts.catalog.ChartCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;

/** The dashboard fits laptop, projector and phone screens: no horizontal scrolling, charts inside their cards. */
class LayoutIT extends BrowserTest {

    @Autowired
    private ChartCatalog catalog;

    @ParameterizedTest(name = "{0}×{1}, {2}")
    @CsvSource({"1280, 800, light", "1920, 1080, light", "390, 844, light", "390, 844, dark", "1280, 800, dark"})
    void noHorizontalScrollbarAndEveryChartFitsItsCard(int width, int height, String theme) {
        context.close();
        context = browserContext(width, height, theme);
        page = watched(context.newPage());
        page.navigate(url("/"));
        for (var chart : catalog.all()) {
            page.locator("apex-chart#chart-" + chart.id() + "[data-ready] svg.apexcharts-svg").waitFor();
        }
        // charts redraw when their container settles: wait until every SVG fits its card
        page.waitForFunction("""
                () => Array.from(document.querySelectorAll('apex-chart svg.apexcharts-svg')).every(svg =>
                    svg.getBoundingClientRect().right <= svg.closest('.cc-card').getBoundingClientRect().right + 1)""");

        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");
        assertThat(fits).as("page scroll width within the viewport at %d×%d", width, height).isEqualTo(true);
        assertThat(page.evaluate("() => document.documentElement.getAttribute('theme')"))
                .isEqualTo(theme.equals("dark") ? "dark" : null);
    }

    private com.microsoft.playwright.BrowserContext browserContext(int width, int height, String theme) {
        com.microsoft.playwright.BrowserContext created = context.browser().newContext(
                new Browser.NewContextOptions().setViewportSize(width, height));
        // the page applies the remembered theme before first paint
        created.addInitScript("localStorage.setItem('ccfacts-theme', '" + theme + "')");
        return created;
    }
}

package org.ccfacts.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ccfacts.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * A benchmark, not a test: time from navigation start to the first chart drawn, five cold loads
 * (a fresh browser context each, so no cache), median written to {@code target/benchmarks/}. Run with
 * {@code ./mvnw verify -Dtest=none -Dit.test=FirstChartPaintBenchmarkIT -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class FirstChartPaintBenchmarkIT extends BrowserTest {

    private static final String RECORD_FIRST_CHART = """
            new MutationObserver((changes, observer) => {
              if (window.__firstElementMs === undefined && document.querySelector('apex-chart')) {
                window.__firstElementMs = performance.now();
              }
              if (document.querySelector('apex-chart[data-ready] svg.apexcharts-svg')) {
                window.__firstChartMs = performance.now();
                observer.disconnect();
              }
            }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });""";

    @Test
    void firstChartPaint() throws IOException {
        warmUpServer();
        List<Double> times = new ArrayList<>();
        List<Double> elementTimes = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
            try (BrowserContext cold = context.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
                cold.addInitScript(RECORD_FIRST_CHART);
                Page fresh = cold.newPage();
                fresh.navigate(url("/"));
                fresh.waitForFunction("() => window.__firstChartMs !== undefined");
                times.add(((Number) fresh.evaluate("() => window.__firstChartMs")).doubleValue());
                elementTimes.add(((Number) fresh.evaluate("() => window.__firstElementMs")).doubleValue());
            }
        }
        List<Double> sorted = times.stream().sorted().toList();
        String result = "first chart painted after navigation, ms, 5 cold loads: " + times
                + "\nmedian: " + sorted.get(2) + " ms"
                + "\nfirst <apex-chart> element in the page (before drawing), ms: " + elementTimes + "\n";
        Path out = Files.createDirectories(Path.of("target", "benchmarks")).resolve("first-chart-paint.txt");
        Files.writeString(out, result);
        System.out.println(result);
        assertThat(times).hasSize(5);
    }

    /** The server's first request (Spring and Vaadin start-up) is not what a reader waits for. */
    private void warmUpServer() {
        page.navigate(url("/"));
        page.locator("apex-chart[data-ready] svg.apexcharts-svg").first().waitFor();
    }
}

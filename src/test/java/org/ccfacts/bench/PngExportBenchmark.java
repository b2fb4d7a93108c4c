package org.ccfacts.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.ccfacts.browser.BrowserTest;
import org.ccfacts.catalog.ChartCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

/**
 * Not a test: a measurement, run only by {@code bench/png-export-3x.sh} (its name matches neither
 * surefire's nor failsafe's patterns). Times a 3× PNG export of the first chart five times, from the
 * click to the finished download, and in the page from compose to encoded PNG; writes the medians to
 * {@code bench/results/png-export-3x.txt} and keeps the last PNG in {@code target/bench/} for a look.
 */
class PngExportBenchmark extends BrowserTest {

    private static final int RUNS = 5;

    @Autowired
    private ChartCatalog catalog;

    @Test
    void measure() throws IOException {
        String id = catalog.all().get(0).id();
        page.navigate(url("/chart/" + id + "?size=chart&scale=3"));
        page.locator("apex-chart#chart-" + id + "[data-ready] svg.apexcharts-svg").waitFor();
        // one warm-up: the first export fetches and base64-encodes the font subsets once per page
        download(id);

        List<Double> clickToFile = new ArrayList<>();
        List<Double> inPage = new ArrayList<>();
        Download last = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            last = download(id);
            clickToFile.add((System.nanoTime() - start) / 1e6);
            Object ms = page.evaluate("""
                    async id => {
                      const menu = document.querySelector(`[data-export-menu='${id}']`);
                      const chart = document.querySelector(`apex-chart#chart-${id}`);
                      const t0 = performance.now();
                      await window.ccfactsExport.exportBlob(chart,
                          { format: 'png', width: 1200, height: 800, scale: 3, theme: 'light' },
                          { chartId: id, language: 'en', direction: 'ltr', title: document.title, subtitle: '',
                            notes: [], source: 'Source', permalink: location.href, exportedOn: 'Exported', fileBase: id });
                      return performance.now() - t0;
                    }""", id);
            inPage.add(((Number) ms).doubleValue());
        }
        Path out = Path.of("target/bench");
        Files.createDirectories(out);
        last.saveAs(out.resolve(id + "-3x.png"));

        String report = "3x PNG export of '" + id + "' (chart preset 1200x800 -> 3600x2400 px), " + Instant.now()
                + "\nclick to downloaded file, ms: " + clickToFile + " median " + median(clickToFile)
                + "\ncompose + rasterise + encode in the page, ms: " + inPage + " median " + median(inPage)
                + "\nmachine: " + Runtime.getRuntime().availableProcessors() + " cores, headless Chromium\n";
        Files.createDirectories(Path.of("bench/results"));
        Files.writeString(Path.of("bench/results/png-export-3x.txt"), report);
        System.out.println(report);
    }

    private Download download(String id) {
        return page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(60_000),
                () -> page.locator("[data-export-menu='" + id + "'] [data-export='png']").click());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return Math.round(sorted.get(sorted.size() / 2) * 10) / 10.0;
    }
}

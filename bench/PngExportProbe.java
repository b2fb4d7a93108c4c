import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.ccfacts.browser.HeadlessChromium;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * The app's own 3x PNG export, for bench/png-export-3x.sh and bench/speed.sh. Where SpeedProbe's png3 times only
 * ApexCharts' toPng(3), this is what a user waits for: on the first chart's page (/chart/{id}?size=chart&scale=3,
 * the catalog's first chart, read from /present), five exports after one warm-up (the first export fetches and
 * base64-encodes the font subsets once per page), each timed
 *   click to file   from the click on "PNG" to the finished download
 *   in the page     the self-citing composition (title, notes, sources, fonts), rasterising and encoding
 * Prints the medians and keeps the last PNG in OUT_DIR for a look.
 * Usage: java -cp CLASSPATH PngExportProbe.java BASE_URL OUT_DIR   (CLASSPATH: see probe_classpath in common.sh)
 */
public class PngExportProbe {
    static final int RUNS = 5;

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        Path outDir = Path.of(args[1]);
        try (Playwright pw = HeadlessChromium.playwright(); Browser browser = HeadlessChromium.launch(pw)) {
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)).newPage();
            page.navigate(base + "/present");
            String id = page.locator("[data-chart-id]").first().getAttribute("data-chart-id");
            page.navigate(base + "/chart/" + id + "?size=chart&scale=3");
            page.locator("apex-chart#chart-" + id + "[data-ready] svg.apexcharts-svg").waitFor();
            download(page, id);

            List<Double> clickToFile = new ArrayList<>();
            List<Double> inPage = new ArrayList<>();
            Download last = null;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                last = download(page, id);
                clickToFile.add((System.nanoTime() - start) / 1e6);
                Object ms = page.evaluate("""
                        async id => {
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
            Files.createDirectories(outDir);
            Path png = outDir.resolve(id + "-3x.png");
            last.saveAs(png);

            System.out.println("3x PNG export of '" + id + "' (chart preset 1200x800 -> 3600x2400 px), " + Instant.now()
                    + ", headless " + browser.browserType().name() + " " + browser.version());
            System.out.println("click to downloaded file, ms: " + rounded(clickToFile) + " median " + median(clickToFile));
            System.out.println("compose + rasterise + encode in the page, ms: " + rounded(inPage) + " median " + median(inPage));
            System.out.println("the last PNG: " + png);
        }
    }

    static Download download(Page page, String id) {
        return page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(60_000),
                () -> page.locator("[data-export-menu='" + id + "'] [data-export='png']").click());
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return Math.round(sorted.get(sorted.size() / 2) * 10) / 10.0;
    }

    static List<Double> rounded(List<Double> values) {
        return values.stream().map(v -> Math.round(v * 10) / 10.0).toList();
    }
}

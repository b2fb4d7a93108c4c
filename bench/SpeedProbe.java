import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.ccfacts.browser.HeadlessChromium;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;

/**
 * Browser figures for bench/speed.sh, headless Chromium via Playwright, a fresh context (cold cache) per run:
 *   first-chart  ms from navigation start until the first apex-chart's drawing is painted (median of RUNS):
 *                timed in the page, at the first animation frame after an apex-chart got data-ready with its
 *                SVG (the frame that paints it). Also reported: when Playwright noticed it ("noticed"), which
 *                adds its polling and waits for the page's main thread, busy drawing the next charts.
 *   every-chart  ms from navigation start until every apex-chart of the page is painted (median of RUNS; goal
 *                <= 2.0 s, docs/PERFORMANCE.md): the first animation frame after the last one got data-ready with
 *                its SVG, timed in the page like first-chart. The window is not scrolled: charts below the fold are
 *                drawn after the ones in view (apex-chart/drawing.ts), so this is when the whole page is drawn.
 *   js-css-gzip  bytes of every script and stylesheet the page loaded, each gzipped (-6) here, summed
 *   png3         ms of chart.toPng(3) on the first chart (median of RUNS)   [only with "png"]
 *   browser      which headless browser measured (the one the browser tests would use)
 * Usage: java -cp CLASSPATH SpeedProbe.java URL RUNS [png]   (CLASSPATH: see probe_classpath in common.sh)
 */
public class SpeedProbe {
    public static void main(String[] args) throws Exception {
        String url = args[0];
        int runs = Integer.parseInt(args[1]);
        boolean png = args.length > 2 && args[2].equals("png");
        try (Playwright pw = HeadlessChromium.playwright()) {
            // the browser the browser tests use (README, "needs"): HeadlessChromium from the test classes
            Browser browser = HeadlessChromium.launch(pw);
            System.out.printf("browser %s %s%n", browser.browserType().name(), browser.version());
            List<Double> firstChart = new ArrayList<>();
            List<Double> noticed = new ArrayList<>();
            List<Double> everyChart = new ArrayList<>();
            int charts = 0;
            List<Double> png3 = new ArrayList<>();
            long jsCss = 0;
            for (int i = 0; i < runs; i++) {
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
                Page page = context.newPage();
                List<Response> assets = Collections.synchronizedList(new ArrayList<>());
                page.onResponse(r -> {
                    String type = r.request().resourceType();
                    if (type.equals("script") || type.equals("stylesheet")) {
                        assets.add(r);
                    }
                });
                page.addInitScript(PAINT_CLOCK);
                page.navigate(url);
                page.waitForSelector("apex-chart[data-ready] svg.apexcharts-svg");
                noticed.add(((Number) page.evaluate("performance.now()")).doubleValue());
                // the element sets data-ready after ApexCharts' render() promise; the next frame paints it
                firstChart.add(((Number) page.evaluate("window.__firstChartPainted")).doubleValue());
                // every chart: all of them ready (none left without data-ready) and the frame after the last one
                page.waitForFunction("() => window.__everyChartPainted !== undefined"
                        + " && !document.querySelector('apex-chart:not([data-ready])')");
                everyChart.add(((Number) page.evaluate("window.__everyChartPainted")).doubleValue());
                charts = ((Number) page.evaluate("document.querySelectorAll('apex-chart').length")).intValue();
                if (i == 0) {
                    page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
                    for (Response r : new ArrayList<>(assets)) {
                        jsCss += gzipSize(r.body());
                    }
                }
                if (png) {
                    png3.add(((Number) page.evaluate("async () => { const c = document.querySelector('apex-chart');"
                            + " const t = performance.now(); const uri = await c.toPng(3);"
                            + " if (!uri.startsWith('data:image/png')) throw new Error('no png'); return performance.now() - t; }"))
                            .doubleValue());
                }
                context.close();
            }
            System.out.printf("first-chart-ms median %.0f of %s (painted, timed in the page)%n", median(firstChart), rounded(firstChart));
            System.out.printf("first-chart-noticed-ms median %.0f of %s (when Playwright saw it)%n", median(noticed), rounded(noticed));
            System.out.printf("every-chart-ms median %.0f of %s (all %d charts painted, timed in the page; goal <= 2000)%n",
                    median(everyChart), rounded(everyChart), charts);
            System.out.printf("js-css-gzip-bytes %d%n", jsCss);
            if (png) {
                System.out.printf("png3-ms median %.0f of %s%n", median(png3), rounded(png3));
            }
        }
    }

    /**
     * Records in the page when the first chart with its SVG is ready, then the frame that paints it; and the
     * same for the last chart: each time every apex-chart of the page is ready with its SVG, the next frame's
     * time (a chart added later, not yet ready, makes it wait for that one too).
     */
    static final String PAINT_CLOCK = """
            new MutationObserver(() => {
              if (window.__firstChartPainted === undefined && !window.__firstChartSeen
                  && document.querySelector('apex-chart[data-ready] svg.apexcharts-svg')) {
                window.__firstChartSeen = true;
                requestAnimationFrame(() => { window.__firstChartPainted = performance.now(); });
              }
              const charts = document.querySelectorAll('apex-chart');
              if (charts.length > 0 && Array.from(charts).every(c => c.hasAttribute('data-ready') && c.querySelector('svg.apexcharts-svg'))) {
                requestAnimationFrame(() => { window.__everyChartPainted = performance.now(); });
              }
            }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });""";

    static long gzipSize(byte[] body) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        }
        return out.size();
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
    }

    static List<Long> rounded(List<Double> xs) {
        return xs.stream().map(Math::round).toList();
    }
}

import org.ccfacts.browser.HeadlessChromium;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Browser side of bench/scaleout.sh, through nginx: opens the dashboard, waits for the chart, prints which
 * instance served it (the jvmRoute suffix of the session cookie) and keeps the page open; then reads commands
 * on stdin: "newfigures" = the data copy was just edited: the open page must offer the new figures (the notice
 * of #17, polling /api/dataset/status through nginx) within 5 s, then show them on request; "roundtrip" = the open page talks to the server again (after its instance was stopped) and we
 * report what the user sees; "fresh" = a new session in a new browser context must draw the chart.
 * Usage: java -cp CLASSPATH ScaleOutProbe.java URL   (CLASSPATH: see probe_classpath in common.sh)
 */
public class ScaleOutProbe {
    public static void main(String[] args) throws Exception {
        String url = args[0];
        try (Playwright pw = HeadlessChromium.playwright()) {
            // the browser the browser tests use (README, "needs"): HeadlessChromium from the test classes
            Browser browser = HeadlessChromium.launch(pw);
            BrowserContext first = browser.newContext();
            Page page = first.newPage();
            page.navigate(url);
            page.waitForSelector("apex-chart[data-ready] svg.apexcharts-svg");
            System.out.println("open: chart drawn through nginx; served by " + instance(first));
            System.out.flush();
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
            for (String command; (command = in.readLine()) != null; ) {
                if (command.equals("newfigures")) {
                    long t0 = System.nanoTime();
                    String before = page.locator(".cc-kpi-value").first().innerText();
                    page.locator("#new-figures-show").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(5_000));
                    long offered = (System.nanoTime() - t0) / 1_000_000;
                    String still = page.locator(".cc-kpi-value").first().innerText();
                    page.locator("#new-figures-show").click();
                    page.waitForSelector("apex-chart[data-ready] svg.apexcharts-svg");
                    page.waitForCondition(() -> !page.locator(".cc-kpi-value").first().innerText().equals(before),
                            new Page.WaitForConditionOptions().setTimeout(10_000));
                    System.out.println("new figures offered " + offered + " ms after the edit (goal <= 5000), headline unchanged until asked ("
                            + still + "), after Show them: " + page.locator(".cc-kpi-value").first().innerText() + "; served by " + instance(first));
                } else if (command.equals("roundtrip")) {
                    // an in-app navigation: Vaadin's router sends it to the server as a UIDL request
                    java.util.concurrent.atomic.AtomicInteger loads = new java.util.concurrent.atomic.AtomicInteger();
                    page.onLoad(p -> loads.incrementAndGet());
                    page.evaluate("() => { history.pushState(null, '', './?again'); window.dispatchEvent(new PopStateEvent('popstate')); }");
                    // wait (bounded) for one of the outcomes a user can see: a page reload, or Vaadin's error box
                    page.waitForCondition(() -> loads.get() > 0 || page.locator(".v-system-error").count() > 0,
                            new Page.WaitForConditionOptions().setTimeout(30_000));
                    if (loads.get() > 0) {
                        page.waitForSelector("apex-chart[data-ready] svg.apexcharts-svg");
                        System.out.println("roundtrip after the instance stopped: the page reloaded by itself (Vaadin: session expired) "
                                + "and drew the chart again in a new session on " + instance(first));
                    } else {
                        System.out.println("roundtrip after the instance stopped: Vaadin shows: "
                                + page.locator(".v-system-error").innerText().replace('\n', ' '));
                    }
                } else if (command.equals("fresh")) {
                    BrowserContext fresh = browser.newContext();
                    Page p = fresh.newPage();
                    p.navigate(url);
                    p.waitForSelector("apex-chart[data-ready] svg.apexcharts-svg");
                    System.out.println("fresh session: chart drawn; served by " + instance(fresh));
                    fresh.close();
                }
                System.out.flush();
            }
        }
    }

    static String instance(BrowserContext context) {
        // Tomcat appends its jvmRoute to the session id (--ccfacts.instance-route=a): nginx routes on it
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> "instance " + c.value.substring(c.value.lastIndexOf('.') + 1)).findFirst().orElse("(no session cookie)");
    }
}

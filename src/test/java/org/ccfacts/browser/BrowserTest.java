package org.ccfacts.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;

/**
 * Base of the browser tests: the app on a random port (production bundle, built by the default Maven
 * profile), the Chromium or Chrome {@link HeadlessChromium} finds, driven by Playwright, a fresh context per
 * test, and a log of every URL the page requested. Every test fails if a page refused a script: under the Content-Security-Policy (no
 * {@code 'unsafe-eval'}) Flow's client may run only the scripts listed in {@code src/main/frontend/flow-scripts.js}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;
    protected final List<String> requestedUrls = new CopyOnWriteArrayList<>();
    /** Scripts a page refused: Flow's, not listed in src/main/frontend/flow-scripts.js, or any eval the policy blocked. */
    protected final List<String> refusedScripts = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchChromium() {
        playwright = HeadlessChromium.playwright();
        browser = HeadlessChromium.launch(playwright);
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        page = watched(context.newPage());
        page.onRequest(request -> requestedUrls.add(request.url()));
    }

    @AfterEach
    void closePage() {
        try {
            waitUntilFlowIsIdle();
            assertThat(refusedScripts).as("scripts the page refused to run (list Flow's in src/main/frontend/flow-scripts.js)")
                    .isEmpty();
        } finally {
            context.close();
        }
    }

    /** A script Flow runs in answer to the test's last action is refused only after that answer arrives. */
    private void waitUntilFlowIsIdle() {
        try {
            page.waitForFunction("() => Object.values(window.Vaadin?.Flow?.clients ?? {}).every(c => !c.isActive || !c.isActive())",
                    null, new Page.WaitForFunctionOptions().setTimeout(5_000));
        } catch (PlaywrightException closedOrBusy) {
            // the page is closed, or still busy after 5 s: what it refused so far is checked all the same
        }
    }

    /** Records in {@link #refusedScripts} what {@code page} refuses to run; for pages of a test's own context too. */
    protected Page watched(Page page) {
        page.onConsoleMessage(message -> {
            String text = message.text();
            if (text.startsWith("ccfacts: refused script") || text.contains("unsafe-eval")) {
                refusedScripts.add(text);
            }
        });
        page.onPageError(error -> {
            if (error.contains("EvalError") || error.contains("unsafe-eval")) {
                refusedScripts.add(error);
            }
        });
        return page;
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a path and waits until the chart with the given id has drawn its SVG. */
    protected void openAndWaitForChart(String path, String chartId) {
        page.navigate(url(path));
        page.locator("apex-chart#" + chartId + "[data-ready] svg.apexcharts-svg").waitFor();
    }
}

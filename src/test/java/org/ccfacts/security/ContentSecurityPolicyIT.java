package org.ccfacts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ccfacts.browser.BrowserTest;
import org.ccfacts.browser.Routes;
import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Response;

/**
 * Every route of the app works under its own Content-Security-Policy: charts draw, and Chromium reports
 * no violation (neither as a securitypolicyviolation event nor in the console).
 */
class ContentSecurityPolicyIT extends BrowserTest {

    @Autowired
    private ChartCatalog catalog;

    private final List<String> violations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void recordViolations() {
        // registered before any page script runs, so the bootstrap itself is watched too
        context.addInitScript("""
                window.__cspViolations = [];
                document.addEventListener('securitypolicyviolation', e =>
                    window.__cspViolations.push(e.violatedDirective + ' blocked ' + e.blockedURI + ' ' + (e.sample || '')));
                """);
        page.onConsoleMessage(message -> {
            String text = message.text();
            if (text.contains("Content Security Policy") || text.contains("Content-Security-Policy")) {
                violations.add("console: " + text);
            }
        });
        page.onPageError(error -> violations.add("page error: " + error));
    }

    @Test
    void everyRouteWorksUnderThePolicyWithoutAViolation() {
        List<String> paths = Routes.pagePaths(catalog.all().stream().map(ChartDefinition::id).toList());
        assertThat(paths).contains("/");
        for (String path : paths) {
            Response response = page.navigate(url(path));
            assertThat(response.headers().get("content-security-policy"))
                    .as("CSP of %s", path)
                    .contains("default-src 'none'")
                    // no 'unsafe-inline' for scripts: only Vaadin's own inline bootstrap (with the nonce) runs.
                    // 'unsafe-eval' stays: Flow's client runs the server's executeJs through new Function (docs/SECURITY.md)
                    .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'unsafe-eval';")
                    .contains("frame-ancestors 'none'");
            Routes.waitForEveryChart(page);
            @SuppressWarnings("unchecked")
            List<String> events = (List<String>) page.evaluate("window.__cspViolations");
            violations.addAll(events.stream().map(e -> path + ": " + e).toList());
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void anInlineScriptWithoutTheNonceIsRefused() {
        page.navigate(url("/"));
        Routes.waitForEveryChart(page);
        page.evaluate("""
                () => { const s = document.createElement('script');
                        s.textContent = 'window.__pwned = true';
                        document.body.appendChild(s); }""");
        page.waitForFunction("window.__cspViolations.length > 0");

        assertThat(page.evaluate("typeof window.__pwned")).isEqualTo("undefined");
        assertThat(violations).anyMatch(v -> v.contains("Content Security Policy"));
    }
}

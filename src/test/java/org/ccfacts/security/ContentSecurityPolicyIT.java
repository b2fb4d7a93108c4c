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

import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
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
                    // no 'unsafe-inline' for scripts: only Vaadin's own inline bootstrap (with the nonce) runs;
                    // no 'unsafe-eval': Flow's scripts are compiled into the bundle (src/main/frontend/flow-scripts.js)
                    .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}';")
                    .doesNotContain("unsafe-eval")
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

    @Test
    void evalAndUnlistedScriptsAreRefused() {
        page.navigate(url("/"));
        Routes.waitForEveryChart(page);

        // text run as script by the page itself (Playwright's own evaluate is exempt from the policy): blocked
        page.evaluate("() => setTimeout('window.__pwned = 1', 0)");
        page.waitForFunction("window.__cspViolations.some(v => v.includes('eval'))");
        // text handed to Function, the way Flow's client compiles a script: refused unless listed, and reported
        Object[] outcome = new Object[1];
        ConsoleMessage report = page.waitForConsoleMessage(
                new Page.WaitForConsoleMessageOptions().setPredicate(m -> m.text().startsWith("ccfacts: refused script")),
                () -> outcome[0] = page.evaluate(
                        "() => { try { return new Function('$0', 'window.__pwned = $0; return 1')(1); } catch (e) { return e.name; } }"));
        assertThat(outcome[0]).isEqualTo("EvalError");
        assertThat(report.text()).contains("window.__pwned = $0");
        assertThat(page.evaluate("() => { try { return Function('return this')() === window; } catch (e) { return e.name; } }"))
                .isEqualTo("EvalError");
        assertThat(page.evaluate("typeof window.__pwned")).isEqualTo("undefined");

        // what Flow's client compiles for this page is listed: functions still are functions
        assertThat(page.evaluate("() => [(() => 1) instanceof Function, typeof Function.prototype.call]"))
                .isEqualTo(List.of(true, "function"));
        refusedScripts.clear();   // refused on purpose above
    }
}

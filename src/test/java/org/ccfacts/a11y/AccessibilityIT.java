package org.ccfacts.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.ccfacts.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

/**
 * axe-core on every route the app registers, in English and Arabic, light and dark: no serious or
 * critical violation. Routes with parameters are listed as skipped (they need ids from their owners).
 */
class AccessibilityIT extends BrowserTest {

    private static final List<String> BLOCKING = List.of("serious", "critical");

    @Autowired
    private WebApplicationContext web;

    @Test
    void everyRouteHasNoSeriousOrCriticalViolationInEnglishAndArabicLightAndDark() {
        List<String> routes = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (RouteData route : ApplicationRouteRegistry.getInstance(new VaadinServletContext(web.getServletContext())).getRegisteredRoutes()) {
            (route.getTemplate().contains(":") ? skipped : routes).add("/" + route.getTemplate());
        }
        assertThat(routes).contains("/");
        System.out.println("AccessibilityIT routes " + routes + ", skipped (need parameters) " + skipped);

        List<String> failures = new ArrayList<>();
        for (String route : routes) {
            for (String lang : List.of("en", "ar")) {
                for (boolean dark : List.of(false, true)) {
                    page.navigate(url(route + (route.contains("?") ? "&" : "?") + "lang=" + lang));
                    page.waitForLoadState(LoadState.NETWORKIDLE);
                    page.waitForFunction("() => document.body.children.length > 0 && !document.querySelector('apex-chart:not([data-ready])')");
                    keyboardModeOnFirstChart();
                    if (dark) {
                        // no colour transitions: axe must read the dark theme's final colours, not a frame
                        // of Lumo's 0.2 s fade (that made this test fail at random with 4.06 or 4.34:1)
                        page.addStyleTag(new Page.AddStyleTagOptions().setContent(
                                "*, *::before, *::after { transition: none !important; animation: none !important; }"));
                        page.evaluate("() => document.documentElement.setAttribute('theme', 'dark')");
                    }
                    AxeResults results = new AxeBuilder(page).analyze();
                    assertThat(results.getPasses()).as("axe ran its rules on " + route).isNotEmpty();
                    for (Rule rule : results.getViolations()) {
                        if (BLOCKING.contains(rule.getImpact())) {
                            failures.add(route + " lang=" + lang + (dark ? " dark" : " light") + ": " + describe(rule));
                        }
                    }
                }
            }
        }
        assertThat(failures).as("serious/critical axe violations").isEmpty();
    }

    /** What the route scan cannot reach: every table and export menu open, a source panel, a chart's own page. */
    @Test
    void openedControlsAndAChartsOwnPageHaveNoSeriousOrCriticalViolation() {
        List<String> failures = new ArrayList<>();
        for (String lang : List.of("en", "ar")) {
            for (boolean dark : List.of(false, true)) {
                String where = " lang=" + lang + (dark ? " dark" : " light");
                page.navigate(url("/?lang=" + lang));
                // the page title is checked on every route by the scan above; here it is only waited for
                page.waitForFunction("() => document.title.length > 0 && document.querySelectorAll('apex-chart[data-ready]').length"
                        + " === document.querySelectorAll('apex-chart').length");
                settle(dark);
                for (var toggle : page.locator("button[id$='-table-toggle'], button[id$='-export-toggle']").all()) {
                    toggle.click();
                }
                page.waitForFunction("() => document.querySelectorAll('table.cc-table, [data-export-menu]').length"
                        + " === 2 * document.querySelectorAll('apex-chart').length");
                keyboardModeOnFirstChart();
                collect(new AxeBuilder(page).analyze(), "/ all opened" + where, failures);

                page.locator("button[id^='kpi-source-']").first().click();
                page.locator("dialog[open] .cc-quote").waitFor();
                collect(new AxeBuilder(page).include(List.of("dialog[open]")).analyze(), "/ source panel" + where, failures);

                page.navigate(url("/chart/trade-volume?lang=" + lang));
                page.waitForFunction("() => document.title.length > 0 && document.querySelector('apex-chart[data-ready]')");
                settle(dark);
                keyboardModeOnFirstChart();
                collect(new AxeBuilder(page).analyze(), "/chart/trade-volume" + where, failures);
            }
        }
        assertThat(failures).as("serious/critical axe violations").isEmpty();
    }

    /**
     * A page with a chart is checked with its keyboard mode in use: the first chart focused, a point ringed
     * and announced in its live region.
     */
    private void keyboardModeOnFirstChart() {
        // charts read by keyboard (not the printed handout's, nor /present's): those given a reading and a tab stop
        Locator readable = page.locator("apex-chart[tabindex='0']");
        if (readable.count() == 0) {
            return;
        }
        readable.first().focus();
        page.keyboard().press("ArrowRight");
        page.waitForFunction("() => document.querySelector('apex-chart[tabindex=\"0\"] .cc-chart-live')?.textContent.length > 0"
                + " && !document.querySelector('apex-chart[tabindex=\"0\"] .cc-point-focus').hidden");
    }

    private void settle(boolean dark) {
        if (dark) {
            page.addStyleTag(new Page.AddStyleTagOptions().setContent(
                    "*, *::before, *::after { transition: none !important; animation: none !important; }"));
            page.evaluate("() => document.documentElement.setAttribute('theme', 'dark')");
        }
    }

    private static void collect(AxeResults results, String where, List<String> failures) {
        assertThat(results.getPasses()).as("axe ran its rules on " + where).isNotEmpty();
        for (Rule rule : results.getViolations()) {
            if (BLOCKING.contains(rule.getImpact())) {
                failures.add(where + ": " + describe(rule));
            }
        }
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + rule.getNodes().stream()
                .map(n -> "\n    " + n.getTarget() + " " + n.getHtml() + "\n      " + String.valueOf(n.getFailureSummary()).replace("\n", " "))
                .collect(Collectors.joining());
    }
}

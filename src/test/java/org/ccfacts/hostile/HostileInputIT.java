package org.ccfacts.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.ccfacts.browser.BrowserTest;
import org.ccfacts.browser.Routes;
import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.dataset.DatasetService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Locator;

/**
 * The app on the hostile dataset (every text field a payload): on every route and in every chart's
 * tooltip and export, no dialog opens, no injected script runs, no injected element exists, and every
 * payload that is shown is shown as its literal text.
 */
class HostileInputIT extends BrowserTest {

    private static final Path DATA = createHostileData();

    /** Finds text and injected elements in the light DOM and in every shadow root. */
    private static final String DEEP = """
            () => {
              const roots = [document];
              const texts = [];
              let injected = 0;
              for (let i = 0; i < roots.length; i++) {
                const root = roots[i];
                injected += root.querySelectorAll('[data-hostile]').length;
                root.querySelectorAll('*').forEach(el => { if (el.shadowRoot) roots.push(el.shadowRoot); });
                const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                  const tag = n.parentElement && n.parentElement.tagName;
                  if (tag !== 'SCRIPT' && tag !== 'STYLE') texts.push(n.data);
                }
                root.querySelectorAll('[title],[aria-label]').forEach(el =>
                    texts.push(el.getAttribute('title') || '', el.getAttribute('aria-label') || ''));
              }
              return { injected, text: texts.join('\\n'), pwned: typeof window.__pwned, title: document.title };
            }""";

    @DynamicPropertySource
    static void hostileDataFolder(DynamicPropertyRegistry registry) {
        registry.add("ccfacts.data.folder", DATA::toString);
    }

    private static Path createHostileData() {
        try {
            return HostileDataset.write(Path.of("data"), Files.createTempDirectory("ccfacts-hostile-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    private ChartCatalog catalog;
    @Autowired
    private DatasetService datasets;

    private final List<String> dialogs = new CopyOnWriteArrayList<>();

    @BeforeEach
    void failOnAnyDialog() {
        page.onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.dismiss();
        });
    }

    @Test
    void theAppServesTheHostileDataset() {
        assertThat(datasets.current().sources()).allMatch(s -> s.publisher().contains("HOSTILE-"));
    }

    @Test
    void everyRouteShowsHostileTextInertly() {
        List<String> paths = Routes.pagePaths(catalog.all().stream().map(ChartDefinition::id).toList());
        for (String path : paths) {
            page.navigate(url(path));
            try {
                Routes.waitForEveryChart(page);
            } catch (com.microsoft.playwright.PlaywrightException e) {
                throw new AssertionError("page " + path + " did not render: " + page.locator("body").innerText(), e);
            }
            assertInert(path);
            hoverEveryPointOfEveryChart(path);
        }
        assertThat(dialogs).isEmpty();
    }

    @Test
    void tablesAndSourcePanelsShowHostileTextInertly() {
        page.navigate(url("/"));
        Routes.waitForEveryChart(page);
        List<Locator> toggles = page.locator("button[id$='-table-toggle']").all();
        assertThat(toggles).hasSize(catalog.all().size());
        for (Locator toggle : toggles) {
            toggle.click();
        }
        Locator tables = page.locator("table.cc-table");
        page.waitForFunction("n => document.querySelectorAll('table.cc-table').length === n", toggles.size());
        assertThat(tables.allInnerTexts()).as("the tables do show the hostile texts")
                .anyMatch(text -> IntStream.range(0, HostilePayloads.ALL.size())
                        .anyMatch(i -> text.contains(HostilePayloads.marker(i))));
        assertInert("/ with every table shown");

        List<Locator> sourceButtons = page.locator("button[id^='kpi-source-']").all();
        assertThat(sourceButtons).isNotEmpty();
        for (Locator button : sourceButtons) {
            button.click();
            Locator dialog = page.locator("dialog[open]");
            dialog.waitFor();
            assertInert("/ source panel " + button.getAttribute("id"));
            page.keyboard().press("Escape");
            dialog.waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        }
        assertThat(dialogs).isEmpty();
    }

    /**
     * The event list, poll questions, context lists and trade notes are markup the server builds (StaticMarkup):
     * each holds only the elements and attributes the dashboard writes, and its hostile texts as text.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theTextBlocksShowHostileTextAsText() {
        page.navigate(url("/"));
        Routes.waitForEveryChart(page);
        for (String selector : List.of("#event-list", "#poll-questions", "#context-countries", "#context-priority-areas",
                "#context-cooperation-centres", "[id^='partial-']", "#trade-yuan", "[id^='national-']")) {
            List<Locator> blocks = page.locator(selector).all();
            assertThat(blocks).as(selector).isNotEmpty();
            for (Locator block : blocks) {
                var state = (java.util.Map<String, Object>) block.evaluate("""
                        el => ({ text: el.textContent,
                                 tags: [...el.querySelectorAll('*')].map(e => e.localName),
                                 attributes: [...el.querySelectorAll('*')].flatMap(e => e.getAttributeNames()) })""");
                assertThat((List<String>) state.get("tags")).as("elements in %s", selector)
                        .allMatch(List.of("li", "span", "p", "ul", "h3", "div")::contains);
                assertThat((List<String>) state.get("attributes")).as("attributes in %s", selector)
                        .allMatch(List.of("id", "class", "theme")::contains);
                String text = normalise((String) state.get("text"));
                List<Integer> shown = IntStream.range(0, HostilePayloads.ALL.size())
                        .filter(i -> text.contains(HostilePayloads.marker(i))).boxed().toList();
                if (!selector.equals("#trade-yuan")) { // the yuan line holds figures only
                    assertThat(shown).as("payloads shown in %s", selector).isNotEmpty();
                }
                shown.forEach(i -> assertThat(text).as("payload %d in %s", i, selector)
                        .contains(normalise(HostilePayloads.value(i).strip())));
            }
        }
        assertInert("/ text blocks");
    }

    @Test
    void chartExportsCarryNoInjectedMarkup() {
        page.navigate(url("/"));
        Routes.waitForEveryChart(page);
        List<Locator> charts = page.locator("apex-chart").all();
        assertThat(charts).isNotEmpty();
        for (Locator chart : charts) {
            String svg = (String) chart.evaluate("c => c.toSvg()");
            assertThat(svg).startsWith("<svg").doesNotContainPattern("<(script|iframe|object|img|embed)\\b")
                    .doesNotContainPattern("<[a-zA-Z][^<>]*\\sdata-hostile")
                    .doesNotContainPattern("<[a-zA-Z][^<>]*\\son[a-z]+=");
            String png = (String) chart.evaluate("c => c.toPng(1)");
            assertThat(png).startsWith("data:image/png;base64,");
        }
        assertThat(page.evaluate("typeof window.__pwned")).isEqualTo("undefined");
        assertThat(dialogs).isEmpty();
    }

    private void hoverEveryPointOfEveryChart(String path) {
        for (Locator chart : page.locator("apex-chart").all()) {
            Locator points = chart.locator(".apexcharts-series .apexcharts-marker, .apexcharts-bar-area, .apexcharts-pie-area");
            int count = Math.min(points.count(), 40);
            for (int i = 0; i < count; i++) {
                Locator point = points.nth(i);
                if (point.boundingBox() == null || point.boundingBox().width < 2) {
                    continue; // ApexCharts keeps hidden twin markers
                }
                point.hover(new Locator.HoverOptions().setForce(true));
                assertInert(path + " tooltip of point " + i + " in " + chart.getAttribute("id"));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void assertInert(String where) {
        var state = (java.util.Map<String, Object>) page.evaluate(DEEP);
        assertThat(state.get("pwned")).as("window.__pwned on %s", where).isEqualTo("undefined");
        assertThat(((Number) state.get("injected")).intValue()).as("injected elements on %s", where).isZero();
        assertThat(dialogs).as("dialogs on %s", where).isEmpty();
        String text = normalise((String) state.get("text") + "\n" + state.get("title"));
        // wherever a payload's marker is shown, the payload before it is shown literally, not interpreted
        IntStream.range(0, HostilePayloads.ALL.size())
                .filter(i -> text.contains(HostilePayloads.marker(i)))
                .forEach(i -> assertThat(text).as("payload %d on %s", i, where)
                        .contains(normalise(HostilePayloads.value(i).strip())));
    }

    private static String normalise(String text) {
        return text.replace("\u0000", "\uFFFD").replaceAll("\\s+", " ");
    }
}

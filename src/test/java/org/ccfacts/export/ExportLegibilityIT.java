package org.ccfacts.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.ccfacts.browser.BrowserTest;
import org.ccfacts.browser.ChartTextChecks;
import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.i18n.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every chart × every language × light and dark × every preset, composed as the SVG a download gives, and
 * measured by machine (export-legibility.js, its placement checks shared in ChartTextChecks): every text
 * inside the canvas and the chart's drawing, not cut or clipped, at least 4.5:1 against what is under it (marks 3:1 against the canvas), and over no other
 * text. One page per language composes all its combinations in the browser: no server round per image.
 */
class ExportLegibilityIT extends BrowserTest {

    @Autowired
    private ChartCatalog catalog;

    @Autowired
    private ExportCaptions captions;

    private static final List<String> THEMES = List.of("light", "dark");
    /** With -Dccfacts.keep-exports=true, the preset and theme pairs kept in target/it-downloads/legibility/ for a look by eye. */
    private static final List<String> KEEP = Boolean.getBoolean("ccfacts.keep-exports")
            ? List.of("16x9_light", "16x9_dark") : List.of();

    private static void keep(Map<String, String> files) throws IOException {
        Path folder = Path.of("target/it-downloads/legibility");
        Files.createDirectories(folder);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            if (file.getKey().endsWith(".png")) {
                Files.write(path, Base64.getDecoder().decode(file.getValue()));
            } else {
                Files.writeString(path, file.getValue());
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyTextOfEveryExportIsInsideUncutLegibleAndAlone() throws IOException {
        String check = ChartTextChecks.around(ExportLegibilityIT.class, "export-legibility.js");
        // the largest canvas (1920 × 1200 covers 16:9 and 4:3) must be on screen: hit testing sees only the viewport
        page.setViewportSize(1920, 1200);

        List<Map<String, Object>> presets = new ArrayList<>();
        for (SlidePreset preset : SlidePreset.values()) {
            presets.add(Map.of("code", preset.code(), "width", preset.width(), "height", preset.height()));
        }
        JsonMapper json = new JsonMapper();
        List<String> failures = new ArrayList<>();
        int combinations = 0;
        for (Language language : Language.values()) {
            page.navigate(url("/?lang=" + language.code()));
            List<Map<String, Object>> charts = new ArrayList<>();
            for (ChartDefinition chart : catalog.all()) {
                page.locator("apex-chart#chart-" + chart.id() + "[data-ready] svg.apexcharts-svg").waitFor();
                ExportCaption caption = captions.caption(chart, language.locale(), url("/"));
                charts.add(Map.of("id", chart.id(), "caption", json.readValue(ExportJson.caption(caption), Map.class)));
            }
            Map<String, Object> result = (Map<String, Object>) page.evaluate(check,
                    Map.of("charts", charts, "presets", presets, "themes", THEMES, "keep", KEEP));
            keep((Map<String, String>) result.get("kept"));
            combinations += ((Number) result.get("combinations")).intValue();
            List<String> found = (List<String>) result.get("failures");
            failures.addAll(found);
        }
        int expected = catalog.all().size() * Language.values().length * THEMES.size() * SlidePreset.values().length;
        System.out.println("ExportLegibilityIT: " + combinations + " combinations checked, " + failures.size() + " failures");
        Files.write(Path.of("target/it-downloads/legibility/failures.txt"), failures);
        assertThat(combinations).as("charts × languages × themes × presets").isEqualTo(expected);
        assertThat(failures).as("texts of the exports that a reader could not read").isEmpty();
    }
}

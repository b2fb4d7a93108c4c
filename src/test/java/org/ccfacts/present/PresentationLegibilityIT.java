package org.ccfacts.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ccfacts.browser.BrowserTest;
import org.ccfacts.browser.ChartTextChecks;
import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.i18n.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ReducedMotion;

/**
 * Presentation mode as a projector shows it, measured by machine (present-legibility.js, its placement checks
 * shared with the exports' in ChartTextChecks): every chart × every language at 1920 × 1080 and 1280 × 720. Every
 * text of the chart inside its canvas, not cut, over no other text and at least 1/80 of the window's width (24 px
 * at 1920); every part of the slide — title, subtitle, each note and source line — inside the window, none
 * scrolled away or lying over the chart. Screenshots at 1920 × 1080 go to target/it-downloads/present-legibility/.
 */
class PresentationLegibilityIT extends BrowserTest {

    private static final Path FOLDER = Path.of("target/it-downloads/present-legibility");

    /** A projector's window and a small laptop's, the same 16:9. */
    private record Screen(int width, int height) {
        /** What present-chart.ts promises: 24 px at 1920 wide, scaled with the window. */
        int smallestText() {
            return Math.round(width / 80f);
        }
    }

    private static final List<Screen> SCREENS = List.of(new Screen(1920, 1080), new Screen(1280, 720));

    @Autowired
    private ChartCatalog catalog;

    @Test
    @SuppressWarnings("unchecked")
    void everyTextOfEverySlideIsInsideUncutAloneLargeAndOnScreen() throws IOException {
        String check = ChartTextChecks.around(PresentationLegibilityIT.class, "present-legibility.js");
        Files.createDirectories(FOLDER);
        List<String> failures = new ArrayList<>();
        int combinations = 0;
        for (Screen screen : SCREENS) {
            // no animation: the texts are measured where they stay, not on their way there
            BrowserContext projector = context.browser().newContext(new Browser.NewContextOptions()
                    .setViewportSize(screen.width(), screen.height()).setReducedMotion(ReducedMotion.REDUCE));
            try {
                Page slide = watched(projector.newPage());
                for (Language language : Language.values()) {
                    for (ChartDefinition chart : catalog.all()) {
                        slide.navigate(url("/present/" + chart.id() + "?lang=" + language.code()));
                        // drawn at the window's type size (present-chart.ts draws it again when it has measured the window)
                        slide.waitForFunction("size => { const c = document.querySelector('apex-chart.present-chart[data-ready]');"
                                + " return c && [...c.querySelectorAll('svg.apexcharts-svg text')]"
                                + ".some(t => Math.abs(parseFloat(getComputedStyle(t).fontSize) - size) < 0.5); }",
                                screen.smallestText());
                        slide.evaluate("() => document.fonts.ready");
                        String where = chart.id() + " " + language.code() + " " + screen.width() + "×" + screen.height() + ": ";
                        for (Object found : (List<Object>) slide.evaluate(check, Map.of("minFontSize", screen.smallestText()))) {
                            failures.add(where + found);
                        }
                        combinations++;
                        if (screen.width() == 1920) {
                            slide.screenshot(new Page.ScreenshotOptions()
                                    .setPath(FOLDER.resolve(chart.id() + "-" + language.code() + ".png")));
                        }
                    }
                }
            } finally {
                projector.close();
            }
        }
        System.out.println("PresentationLegibilityIT: " + combinations + " slides checked, " + failures.size() + " failures");
        Files.write(FOLDER.resolve("failures.txt"), failures);
        assertThat(combinations).as("charts × languages × screens")
                .isEqualTo(catalog.all().size() * Language.values().length * SCREENS.size());
        assertThat(failures).as("what a presenter's audience could not read").isEmpty();
    }
}

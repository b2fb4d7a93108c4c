package org.ccfacts.present;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.ccfacts.browser.BrowserTest;
import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.export.ExportCaptions;
import org.ccfacts.i18n.BundleTranslations;
import org.ccfacts.i18n.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;

/** Presentation mode driven by the keyboard alone. */
class PresentationModeIT extends BrowserTest {

    @Autowired
    private ChartCatalog catalog;

    @Autowired
    private ExportCaptions captions;

    private void expectSlide(int index) {
        expectSlide(index, Locale.ENGLISH);
    }

    /** The slide of chart {@code index} as a reader of {@code locale} sees it, every text from the bundle. */
    private void expectSlide(int index, Locale locale) {
        List<ChartDefinition> charts = catalog.all();
        ChartDefinition chart = charts.get(index);
        page.locator("apex-chart#present-chart-" + chart.id() + "[data-ready] svg.apexcharts-svg").waitFor();
        assertThat(page.locator("[data-present='counter']")).hasText((index + 1) + " / " + charts.size());
        assertThat(page.locator(".present-title")).hasText(chart.title(locale));
        assertThat(page.locator("[data-present='source']"))
                .hasText(captions.caption(chart, locale, url("/")).source());
        assertThat(page.locator(".present-slide")).hasAttribute("aria-label",
                BundleTranslations.get(locale, "present.slide.label", index + 1, charts.size(), chart.title(locale)));
        assertThat(page).hasTitle(BundleTranslations.get(locale, "present.page-title", chart.title(locale)));
        assertThat(page.locator("[data-present='previous']")).hasText(BundleTranslations.get(locale, "present.previous"));
        assertThat(page.locator("[data-present='next']")).hasText(BundleTranslations.get(locale, "present.next"));
        assertThat(page.locator("[data-present='fullscreen']")).hasText(BundleTranslations.get(locale, "present.fullscreen"));
        assertThat(page.locator("[data-present='exit']")).hasText(BundleTranslations.get(locale, "present.exit"));
    }

    @Test
    void arrowsSpacePageKeysWalkTheCatalogInOrderAndEscLeavesToTheChartPage() {
        List<ChartDefinition> charts = catalog.all();
        page.navigate(url("/present"));
        expectSlide(0);
        assertThat(page.viewportSize().height).isPositive();
        Locator slide = page.locator(".present-slide");
        assertThat(slide).isFocused();
        assertThat(((Number) slide.evaluate("s => s.getBoundingClientRect().height")).doubleValue())
                .as("the slide fills most of the window").isGreaterThan(page.viewportSize().height * 0.7);

        List<String> forward = List.of("ArrowRight", "Space", "PageDown");
        for (int i = 1; i < charts.size(); i++) {
            page.keyboard().press(forward.get(i % forward.size()));
            assertThat(page).hasURL(Pattern.compile(".*/present/" + charts.get(i).id() + "$"));
            expectSlide(i);
        }
        int last = charts.size() - 1;
        page.keyboard().press("ArrowRight");
        expectSlide(last); // the end stays the end
        assertThat(page.locator("[data-present='next']")).isDisabled();

        List<String> back = List.of("ArrowLeft", "PageUp");
        for (int i = last - 1; i >= 0; i--) {
            page.keyboard().press(back.get(i % back.size()));
            assertThat(page).hasURL(Pattern.compile(".*/present/" + charts.get(i).id() + "$"));
            expectSlide(i);
        }

        page.keyboard().press("Escape");
        assertThat(page).hasURL(Pattern.compile(".*/chart/" + charts.get(0).id() + "$"));
        page.locator("apex-chart#chart-" + charts.get(0).id() + "[data-ready]").waitFor();
    }

    @Test
    void everyLanguageGetsItsOwnButtonsSlideLabelPageTitleAndSourceLine() {
        for (Language language : List.of(Language.AR, Language.ZH, Language.RU)) {
            page.navigate(url("/present/" + catalog.all().get(1).id() + "?lang=" + language.code()));
            expectSlide(1, language.locale());
            page.keyboard().press("ArrowRight");
            expectSlide(2, language.locale());
        }
    }

    @Test
    void aGivenChartOpensDirectlyAndTheButtonsAreReachableByTab() {
        List<ChartDefinition> charts = catalog.all();
        int lastIndex = charts.size() - 1;
        page.navigate(url("/present/" + charts.get(lastIndex).id()));
        expectSlide(lastIndex);

        assertThat(page.locator(".present-slide")).isFocused();
        page.keyboard().press("Tab"); // previous, next (disabled on the last slide) are skipped as needed
        Locator focused = page.locator("vaadin-button:focus");
        assertThat(focused).hasAttribute("data-present", Pattern.compile("previous|next|fullscreen|exit"));
        assertThat(focused).hasAttribute("focus-ring", "");
        assertThat(page.locator("[data-present='fullscreen']")).isVisible();
    }
}

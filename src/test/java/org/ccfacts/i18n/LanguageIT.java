package org.ccfacts.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;

import org.ccfacts.browser.BrowserTest;
import org.ccfacts.catalog.TradeVolumeChart;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.dataset.Observation;
import org.ccfacts.format.FigureFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;

class LanguageIT extends BrowserTest {

    private static final String TRADE = "chart-trade-volume";

    @Autowired
    private DatasetService datasetService;

    @ParameterizedTest
    @EnumSource(Language.class)
    void documentLanguageAndDirectionFollowTheLangParameter(Language language) {
        openAndWaitForChart("/?lang=" + language.code(), TRADE);

        assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language.documentTag());
        assertThat(page.locator("html").getAttribute("dir")).isEqualTo(language.rightToLeft() ? "rtl" : "ltr");
        assertThat(page.evaluate("() => getComputedStyle(document.body).direction")).isEqualTo(language.rightToLeft() ? "rtl" : "ltr");
    }

    /**
     * ApexCharts sizes a label's box once, when it draws: drawn before the page's font has loaded, the
     * box keeps the fallback font's width and the label is clipped (it was, in Chinese).
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void theRecordLabelFitsItsBoxInEveryLanguage(Language language) {
        openAndWaitForChart("/?lang=" + language.code(), TRADE);

        @SuppressWarnings("unchecked")
        var box = (java.util.Map<String, Object>) page.evaluate("""
                ([id, families]) => { const g = document.querySelector('#' + id + ' .apexcharts-point-annotations');
                        const text = g.querySelector('text.apexcharts-point-annotation-label').getBBox();
                        const rect = g.querySelector('rect').getBBox();
                        return { textLeft: text.x, textRight: text.x + text.width, boxLeft: rect.x, boxRight: rect.x + rect.width,
                                 font: document.fonts.check('11px ' + families, g.textContent) }; }""",
                java.util.List.of(TRADE, fontFamiliesOf(language)));

        assertThat(box.get("font")).as("the label's font has loaded").isEqualTo(true);
        assertThat(number(box, "textLeft")).isGreaterThanOrEqualTo(number(box, "boxLeft") - 0.5);
        assertThat(number(box, "textRight")).isLessThanOrEqualTo(number(box, "boxRight") + 0.5);
    }

    /** The families of the theme's font stack that write the language (as src/main/frontend/apex-chart.ts waits for). */
    private static String fontFamiliesOf(Language language) {
        return switch (language) {
            case AR -> "'Noto Sans', 'Noto Sans Arabic'";
            case ZH -> "'Noto Sans', 'Noto Sans SC'";
            default -> "'Noto Sans'";
        };
    }

    private static double number(java.util.Map<String, Object> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }

    @Test
    void anExplicitChoiceIsRememberedForTheNextVisit() {
        openAndWaitForChart("/?lang=ru", TRADE);
        assertThat(context.cookies()).anyMatch(c -> c.name.equals(LanguageChoice.COOKIE) && c.value.equals("ru"));

        openAndWaitForChart("/", TRADE);

        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("ru");
    }

    @Test
    void withoutChoiceTheBrowsersLanguageIsUsed() {
        try (BrowserContext chinese = page.context().browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page chinesePage = watched(chinese.newPage());
            chinesePage.navigate(url("/"));
            chinesePage.locator("apex-chart#" + TRADE + "[data-ready]").waitFor();
            assertThat(chinesePage.locator("html").getAttribute("lang")).isEqualTo(Language.ZH.documentTag());
        }
    }

    /**
     * The tooltip (written in the browser) and FigureFormat (written on the server) agree, per
     * language: the smallest main-series figure (1992, published in millions: the tooltip must say US$460 mn
     * as the page does, not 0.46 bn, its place on the axis).
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void tooltipWritesFiguresExactlyAsFigureFormatDoes(Language language) {
        FigureFormat format = new FigureFormat(language.locale());
        Observation smallest = TradeVolumeChart.mainSeries(datasetService.current()).stream()
                .min(Comparator.comparing(Observation::inBillions)).orElseThrow();
        // the other published values of a year are bars of the every-figure chart now (their tooltips: DashboardIT)
        openAndWaitForChart("/?lang=" + language.code(), TRADE);

        assertThat(tooltipOfLowestMarker(0)).isEqualTo(format.value(smallest));
    }

    /** Hovers the lowest visible marker of a series and returns the value its tooltip shows. */
    private String tooltipOfLowestMarker(int seriesIndex) {
        Locator chart = page.locator("#" + TRADE);
        chart.evaluate("""
                (chart, series) => { chart.querySelectorAll('[data-test-hover]').forEach(m => m.removeAttribute('data-test-hover'));
                  const ms = Array.from(Array.from(chart.querySelectorAll('.apexcharts-series'))
                    .find(s => s.getAttribute('data:realIndex') === String(series)).querySelectorAll('.apexcharts-marker'))
                    .filter(m => m.getBBox().width > 2);
                  // the lowest marker's centre (a marker's box grows on hover); 1992's 0.46 and 1995's 0.847 lie
                  // within a pixel of each other on a 0-120 axis
                  const centre = m => m.getBBox().y + m.getBBox().height / 2;
                  ms.reduce((a, b) => (centre(b) > centre(a) ? b : a)).setAttribute('data-test-hover', ''); }""", seriesIndex);
        // the chart sits below the headline cards: bring the marker on screen before moving the mouse to it
        chart.locator("[data-test-hover]").scrollIntoViewIfNeeded();
        BoundingBox box = chart.locator("[data-test-hover]").boundingBox();
        page.mouse().move(box.x + box.width / 2 - 15, box.y + box.height / 2 - 15);
        page.mouse().move(box.x + box.width / 2, box.y + box.height / 2, new Mouse.MoveOptions().setSteps(5));
        Locator value = chart.locator(".apexcharts-tooltip.apexcharts-active .apexcharts-tooltip-series-group.apexcharts-active .apexcharts-tooltip-text-y-value");
        value.first().waitFor();
        return value.first().textContent();
    }
}

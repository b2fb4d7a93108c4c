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
            Page chinesePage = chinese.newPage();
            chinesePage.navigate(url("/"));
            chinesePage.locator("apex-chart#" + TRADE + "[data-ready]").waitFor();
            assertThat(chinesePage.locator("html").getAttribute("lang")).isEqualTo(Language.ZH.documentTag());
        }
    }

    /** The tooltip (written in the browser) and FigureFormat (written on the server) agree, per language. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void tooltipWritesTheRecordExactlyAsFigureFormatDoes(Language language) {
        Observation record = TradeVolumeChart.mainSeries(datasetService.current()).stream()
                .max(Comparator.comparing(Observation::value)).orElseThrow();
        String expected = new FigureFormat(language.locale()).value(record);
        openAndWaitForChart("/?lang=" + language.code(), TRADE);
        Locator chart = page.locator("#" + TRADE);

        // the main series' marker highest on screen is the largest value
        Object index = chart.evaluate("""
                chart => { const ms = Array.from(chart.querySelectorAll('.apexcharts-series[data\\\\:realIndex="0"] .apexcharts-marker'))
                    .filter(m => m.getBBox().width > 2);
                  let best = 0; ms.forEach((m, i) => { if (m.getBBox().y < ms[best].getBBox().y) best = i; });
                  ms.forEach((m, i) => m.toggleAttribute('data-test-record', i === best)); return ms.length; }""");
        assertThat(((Number) index).intValue()).isPositive();
        BoundingBox box = chart.locator("[data-test-record]").boundingBox();
        page.mouse().move(box.x + box.width / 2, box.y + box.height / 2);
        Locator values = chart.locator(".apexcharts-tooltip.apexcharts-active .apexcharts-tooltip-text-y-value");
        values.first().waitFor();

        assertThat(values.allTextContents()).contains(expected);
    }
}

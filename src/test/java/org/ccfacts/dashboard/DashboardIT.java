package org.ccfacts.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.ccfacts.browser.BrowserTest;
import org.ccfacts.dataset.DatasetService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;

class DashboardIT extends BrowserTest {

    private static final String TRADE = "chart-trade-volume";

    @Autowired
    private DatasetService datasetService;

    @Test
    void tradeChartDrawsEveryPublishedYearAndMarksTheRecord() {
        openAndWaitForChart("/", TRADE);
        Locator chart = page.locator("#" + TRADE);

        // one visible marker position per published whole-year US$ figure, none for the gap years
        // (ApexCharts draws an isolated point twice, at two sizes, in one place)
        long publishedYears = datasetService.current().observationsOf("trade-goods").stream()
                .filter(o -> o.country().isEmpty() && o.currency().orElse("").equals("USD")
                        && o.period().kind() == org.ccfacts.dataset.Period.Kind.YEAR)
                .map(o -> o.period().year()).distinct().count();
        Object visibleMarkers = chart.evaluate("""
                chart => Array.from(Array.from(chart.querySelectorAll('.apexcharts-series'))
                    .find(s => s.getAttribute('data:realIndex') === '0')
                    .querySelectorAll('.apexcharts-marker'))
                    .filter(m => m.getBBox().width > 2)
                    .reduce((xs, m) => xs.add(m.getAttribute('cx')), new Set()).size""");
        assertThat(((Number) visibleMarkers).longValue()).isEqualTo(publishedYears);
        assertThat(chart.locator(".apexcharts-point-annotations").textContent()).contains("Record").contains("94.8");
        assertThat(chart.locator(".apexcharts-xaxis-label tspan").allTextContents()).allMatch(l -> l.matches("\\d{4}"));
    }

    @Test
    void pngExportAtScaleTwoIsTwiceTheChartWidth() throws IOException {
        openAndWaitForChart("/", TRADE);
        Locator svg = page.locator("#" + TRADE + " svg.apexcharts-svg");
        double chartWidth = Double.parseDouble(svg.getAttribute("width"));

        String dataUrl = (String) page.locator("#" + TRADE).evaluate("chart => chart.toPng(2)");
        assertThat(dataUrl).startsWith("data:image/png;base64,");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1))));

        assertThat(image.getWidth()).isEqualTo((int) Math.round(chartWidth * 2));
    }

    @Test
    void nothingIsRequestedFromOutsideLocalhost() {
        openAndWaitForChart("/", TRADE);
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);

        assertThat(requestedUrls).isNotEmpty()
                .allMatch(u -> u.startsWith("http://localhost:" + port + "/") || u.startsWith("data:"),
                        "a localhost or inline URL");
    }
}

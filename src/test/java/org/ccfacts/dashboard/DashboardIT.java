package org.ccfacts.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import java.util.List;
import java.util.Locale;

import org.ccfacts.browser.BrowserTest;
import org.ccfacts.catalog.ChartRow;
import org.ccfacts.catalog.InvestmentChart;
import org.ccfacts.catalog.TradeEveryFigureChart;
import org.ccfacts.catalog.TradeByCountryChart;
import org.ccfacts.catalog.TradeVolumeChart;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.dataset.Event;
import org.ccfacts.dataset.Observation;
import org.ccfacts.dataset.Poll;
import org.ccfacts.dataset.Qualifier;
import org.ccfacts.format.FigureFormat;
import org.ccfacts.i18n.BundleTranslations;
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
        // the record is the highest whole year drawn, whatever year that is (2025's 106.3 since issue 14)
        Observation record = org.ccfacts.catalog.TradeVolumeChart.mainSeries(datasetService.current()).stream()
                .max(java.util.Comparator.comparing(Observation::inBillions)).orElseThrow();
        assertThat(chart.locator(".apexcharts-point-annotations").textContent()).contains("Record")
                .contains(format.value(record));
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

    @Test
    void theTabIconIsBundled() {
        openAndWaitForChart("/", TRADE);

        @SuppressWarnings("unchecked")
        List<Object> icon = (List<Object>) page.evaluate("""
                async () => { const href = document.querySelector('link[rel=icon]').href;
                              const r = await fetch(href);
                              return [href, r.status, r.headers.get('content-type')]; }""");
        assertThat(icon.get(0)).asString().isEqualTo(url("/icons/favicon.svg"));
        assertThat(icon.get(1)).isEqualTo(200);
        assertThat(icon.get(2)).asString().startsWith("image/svg+xml");
    }

    /** Bars of one series that are actually drawn (ApexCharts leaves empty paths for missing values). */
    private static final String DRAWN_BARS = """
            (chart, series) => Array.from(chart.querySelectorAll('.apexcharts-series'))
                .filter(s => s.getAttribute('data:realIndex') === String(series))
                .flatMap(s => Array.from(s.querySelectorAll('path.apexcharts-bar-area')))
                .filter(p => { const b = p.getBBox(); return b.width > 0.5 && b.height > 0.5; }).length""";

    /** Distinct visible marker positions of one scatter series. */
    private static final String DRAWN_MARKERS = """
            (chart, series) => Array.from(chart.querySelectorAll('.apexcharts-series'))
                .filter(s => s.getAttribute('data:realIndex') === String(series))
                .flatMap(s => Array.from(s.querySelectorAll('.apexcharts-marker')))
                .filter(m => m.getBBox().width > 2)
                .reduce((xs, m) => { const b = m.getBBox(); return xs.add(Math.round(b.x) + ',' + Math.round(b.y)); }, new Set()).size""";

    private final FigureFormat format = new FigureFormat(Locale.ENGLISH);

    private Dataset data() {
        return datasetService.current();
    }

    private long count(Locator chart, String script, int series) {
        return ((Number) chart.evaluate(script, series)).longValue();
    }

    private List<String> svgTexts(Locator chart) {
        return chart.locator("svg text").allTextContents();
    }

    @Test
    void everyPublishedValueOfAYearIsItsOwnBarWithItsQualifierAndEachTooltipCanBeReached() {
        String id = "chart-" + TradeEveryFigureChart.ID;
        openAndWaitForChart("/", id);
        Locator chart = page.locator("#" + id);
        chart.scrollIntoViewIfNeeded();
        List<ChartRow> drawn = new TradeEveryFigureChart().rows(data(), Locale.ENGLISH).stream()
                .filter(r -> List.of(BundleTranslations.get(Locale.ENGLISH, "chart.trade-every-figure.series.exact"),
                        BundleTranslations.get(Locale.ENGLISH, "chart.trade-every-figure.series.not-exact")).contains(r.series()))
                .toList();
        List<String> expected = drawn.stream().map(r -> format.figure(r.value(), r.unit(),
                Qualifier.fromCode(r.qualifier()).orElseThrow())).toList();
        // on the chart itself: "≈ US$93.8 bn", "> US$100 bn", each beside its bar
        String texts = String.join("|", svgTexts(chart));
        expected.forEach(figure -> assertThat(texts).contains(figure));
        assertThat(count(chart, DRAWN_BARS, 0) + count(chart, DRAWN_BARS, 1)).isEqualTo(drawn.size());

        // every bar's tooltip is reachable: nothing is drawn over another figure (2024's 94.8, 94.82 and ≈ 93.8)
        java.util.Set<String> tooltips = new java.util.HashSet<>();
        Locator bars = chart.locator("path.apexcharts-bar-area");
        for (int i = 0; i < bars.count(); i++) {
            Locator bar = bars.nth(i);
            if (bar.boundingBox() == null || bar.boundingBox().width < 1 || bar.boundingBox().height < 1) {
                continue;
            }
            bar.hover(new Locator.HoverOptions().setForce(true));
            page.waitForFunction("c => c.querySelector('.apexcharts-tooltip.apexcharts-active')", chart.elementHandle());
            tooltips.add(chart.locator(".apexcharts-tooltip").textContent());
        }
        String reached = String.join("|", tooltips);
        for (ChartRow row : drawn.stream().filter(r -> r.label().startsWith("2024")).toList()) {
            assertThat(reached).contains(format.figure(row.value(), row.unit(), Qualifier.fromCode(row.qualifier()).orElseThrow()));
        }
    }

    @Test
    void tradeByCountryDrawsABarPerPublishedFigureWithItsValue() {
        openAndWaitForChart("/", "chart-" + TradeByCountryChart.ID);
        Locator chart = page.locator("#chart-" + TradeByCountryChart.ID);
        List<Observation> customs = TradeByCountryChart.chinaCustoms(data());
        List<Observation> national = TradeByCountryChart.otherStatistics(data());

        assertThat(count(chart, DRAWN_BARS, 0)).isEqualTo(customs.size());
        assertThat(count(chart, DRAWN_BARS, 1)).isEqualTo(national.size());
        String texts = String.join("|", svgTexts(chart));
        for (Observation o : customs) {
            assertThat(texts).contains(format.value(o));
        }
        for (Observation o : national) {
            assertThat(texts).contains(format.value(o));
        }
    }

    @Test
    void investmentDrawsEachBoundAsABarEndingAtItAndSaysMoreThan() {
        openAndWaitForChart("/", "chart-" + InvestmentChart.ID);
        Locator chart = page.locator("#chart-" + InvestmentChart.ID);
        List<Observation> figures = InvestmentChart.figures(data());

        for (int m = 0; m < InvestmentChart.MEASURES.size(); m++) {
            String measure = InvestmentChart.MEASURES.get(m);
            assertThat(count(chart, DRAWN_BARS, m)).as(measure)
                    .isEqualTo(figures.stream().filter(o -> o.measure().equals(measure)).count());
        }
        // no drawn "open end" beyond a bound: a bar of fixed length past it read as a range up to its tip
        assertThat(count(chart, DRAWN_BARS, InvestmentChart.MEASURES.size())).isZero();
        String texts = String.join("|", svgTexts(chart));
        for (Observation o : figures) {
            // a bound says "more than"; an exact or approximate stock is written as such ("≈" for "almost")
            assertThat(texts).contains(o.qualifier() == Qualifier.LOWER_BOUND
                    ? "more than " + format.money(o.value(), o.currency().orElseThrow(), Qualifier.EXACT)
                    : format.value(o));
        }
    }

    @Test
    void pollsAndRoadTransportDrawOneBarPerFigureLabelledInPercent() {
        openAndWaitForChart("/", "chart-polls");
        Locator polls = page.locator("#chart-polls");
        assertThat(count(polls, DRAWN_BARS, 0)).isEqualTo(data().polls().size());
        assertThat(svgTexts(polls)).containsAll(data().polls().stream().map(Poll::share).map(format::percent).toList());

        page.locator("apex-chart#chart-road-transport[data-ready] svg.apexcharts-svg").waitFor();
        Locator road = page.locator("#chart-road-transport");
        List<Observation> shares = data().observationsOf("road-transport-share");
        assertThat(count(road, DRAWN_BARS, 0)).isEqualTo(shares.size());
        assertThat(svgTexts(road)).containsAll(shares.stream().map(format::value).toList());
        // two columns, no line implying yearly data in between
        assertThat(road.locator("path.apexcharts-line").count()).isZero();
    }

    @Test
    void timelineDrawsEveryEventAndLabelsTheScheduledOne() {
        openAndWaitForChart("/", "chart-summit-timeline");
        Locator chart = page.locator("#chart-summit-timeline");
        long scheduled = data().timeline().stream().filter(e -> e.status() == Event.Status.SCHEDULED).count();

        assertThat(count(chart, DRAWN_MARKERS, 0)).isEqualTo(data().timeline().size() - scheduled);
        assertThat(count(chart, DRAWN_MARKERS, 1)).isEqualTo(scheduled);
        List<String> texts = svgTexts(chart);
        for (Event e : data().timeline()) {
            String year = String.valueOf(e.date().year());
            assertThat(texts).anyMatch(t -> e.status() == Event.Status.SCHEDULED
                    ? t.startsWith(year) && t.contains("scheduled") : t.equals(year));
        }
    }

    @Test
    void theSourcePanelOpensWithTheArabicQuote() {
        openAndWaitForChart("/", TRADE);
        // the investment card's figure is the summit article's, quoted in Arabic (the trade card's is the newest year's)
        Observation trade = data().observation(InvestmentChart.HEADLINE).orElseThrow();
        page.locator("#kpi-source-" + trade.id()).click();

        Locator dialog = page.locator("dialog#source-" + trade.id());
        Locator quote = dialog.locator(".cc-quote");
        quote.waitFor();
        assertThat((Boolean) dialog.evaluate("d => d.open && d.matches(':modal')")).as("a modal dialog").isTrue();
        assertThat(quote.getAttribute("lang")).isEqualTo("ar");
        assertThat(quote.getAttribute("dir")).isEqualTo("rtl");
        assertThat(quote.textContent().strip()).isEqualTo(trade.quote().orElseThrow());
        assertThat(dialog.textContent()).contains(data().source(trade.source()).orElseThrow().publisher());

        page.locator("#source-close").click();
        dialog.waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        // the browser gives focus back to the button that opened the panel
        page.waitForFunction("id => document.activeElement && document.activeElement.id === id", "kpi-source-" + trade.id());

        // Escape closes it too
        page.locator("#kpi-source-" + trade.id()).click();
        dialog.locator(".cc-quote").waitFor();
        page.keyboard().press("Escape");
        dialog.waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
    }

    @Test
    void anUnknownAddressAnswers404AndSaysSoInsideThePageFrame() {
        com.microsoft.playwright.Response response = page.navigate(url("/no-such-page?lang=ru"));

        assertThat(response.status()).isEqualTo(404);
        Locator reason = page.locator("[data-error='not-found']");
        reason.waitFor();
        assertThat(reason.textContent()).contains("/no-such-page").contains("страницы нет");
        assertThat(page.locator("#dataset-version").isVisible()).as("the header is there").isTrue();
        page.locator("#not-found-home").click();
        page.locator("apex-chart#" + TRADE + "[data-ready]").waitFor();
    }

    @Test
    void theThemeToggleSwitchesToDarkAndIsRemembered() {
        openAndWaitForChart("/", TRADE);
        page.locator("#theme-toggle").click();
        page.waitForFunction("() => document.documentElement.getAttribute('theme') === 'dark'");

        page.reload();
        page.locator("apex-chart#" + TRADE + "[data-ready]").waitFor();
        assertThat(page.evaluate("() => document.documentElement.getAttribute('theme')")).isEqualTo("dark");
    }

    @Test
    void theAboutPageListsEverySourceAndLinksTheApi() {
        page.navigate(url("/about"));
        page.locator("#about-sources").waitFor();
        for (var source : data().sources()) {
            assertThat(page.locator("#about-source-" + source.id()).textContent()).contains(source.publisher());
        }
        assertThat(page.locator("#about-api a").evaluateAll("links => links.map(a => a.getAttribute('href'))"))
                .asString().contains("api/dataset").contains("api/dataset/status");
        for (var measure : data().measures()) {
            assertThat(page.locator("#about-measure-" + measure.id() + " a").getAttribute("href"))
                    .isEqualTo("api/measures/" + measure.id() + ".csv");
        }
    }
}

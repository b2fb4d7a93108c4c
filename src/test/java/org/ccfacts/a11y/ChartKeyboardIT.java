package org.ccfacts.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ccfacts.browser.BrowserTest;
import org.ccfacts.catalog.ChartRow;
import org.ccfacts.catalog.RoadTransportChart;
import org.ccfacts.catalog.SummitTimelineChart;
import org.ccfacts.catalog.TradeVolumeChart;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.dataset.Event;
import org.ccfacts.format.FigureFormat;
import org.ccfacts.i18n.BundleTranslations;
import org.ccfacts.i18n.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;

/**
 * The keyboard through the data of a chart of each type (line, bars, the timeline) in English and Arabic:
 * one tab stop per chart, the arrow keys, Home and End, what the live region announces (period, value with
 * its qualifier, series, source, in the page's language, as FigureFormat writes it on the server), the ring
 * around the focused point; and the sound: Play, and the rendered series is not silent and rises with the values.
 */
class ChartKeyboardIT extends BrowserTest {

    @Autowired
    private DatasetService datasetService;

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void theArrowKeysReadALineChartPointByPointInThePagesLanguage(String lang) {
        Locale locale = Language.fromCode(lang).orElseThrow().locale();
        List<ChartRow> rows = new TradeVolumeChart().rows(dataset(), locale);
        String mainSeries = rows.get(0).series();
        List<ChartRow> main = rows.stream().filter(r -> r.series().equals(mainSeries)).toList();
        Locator chart = open(lang, TradeVolumeChart.ID);

        assertOneTabStop(chart);
        assertAnnounces(chart, "ArrowRight", main.get(0), locale);
        assertAnnounces(chart, "ArrowRight", main.get(1), locale);
        assertRingOnFocusedPoint(chart);
        assertAnnounces(chart, "End", main.get(main.size() - 1), locale);
        assertAnnounces(chart, "ArrowLeft", main.get(main.size() - 2), locale);
        assertAnnounces(chart, "Home", main.get(0), locale);

        Map<String, Object> region = (Map<String, Object>) chart.locator(".cc-chart-live")
                .evaluate("e => ({ lang: e.lang, dir: e.dir, role: e.getAttribute('role') })");
        assertThat(region).containsEntry("lang", lang).containsEntry("dir", lang.equals("ar") ? "rtl" : "ltr")
                .containsEntry("role", "status");

        // ↓ to the other sources' values: the announcement names that series and one of its figures
        List<ChartRow> others = rows.stream().filter(r -> r.series().equals(BundleTranslations.get(locale,
                "chart.trade-volume.series.other"))).toList();
        if (!others.isEmpty()) {
            String said = press(chart, "ArrowDown");
            assertThat(said).contains(others.get(0).series());
            FigureFormat format = new FigureFormat(locale);
            assertThat(others.stream().map(r -> ChartSummary.figure(format, r))).anyMatch(said::contains);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void theArrowKeysReadABarChart(String lang) {
        Locale locale = Language.fromCode(lang).orElseThrow().locale();
        List<ChartRow> rows = new RoadTransportChart().rows(dataset(), locale);
        Locator chart = open(lang, "road-transport");

        assertOneTabStop(chart);
        assertAnnounces(chart, "ArrowRight", rows.get(0), locale);
        assertRingOnFocusedPoint(chart);
        assertAnnounces(chart, "End", rows.get(rows.size() - 1), locale);
        assertAnnounces(chart, "Home", rows.get(0), locale);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void theArrowKeysReadTheTimelineEventByEventWithItsSources(String lang) {
        Locale locale = Language.fromCode(lang).orElseThrow().locale();
        Dataset dataset = dataset();
        List<ChartRow> rows = new SummitTimelineChart().rows(dataset, locale);
        List<Event> events = dataset.timeline();
        Locator chart = open(lang, SummitTimelineChart.ID);
        assertOneTabStop(chart);

        String separator = BundleTranslations.get(locale, "export.source.separator");
        String first = press(chart, "ArrowRight");
        assertThat(first).contains(rows.get(0).series(), events.get(0).title().in(lang), String.join(separator, rows.get(0).sources()));
        assertRingOnFocusedPoint(chart);
        String second = press(chart, "ArrowRight");
        assertThat(second).contains(events.get(1).title().in(lang), String.join(separator, rows.get(1).sources()));
        // ↓ to the scheduled events
        ChartRow scheduled = rows.stream().filter(r -> r.qualifier().equals("scheduled")).findFirst().orElseThrow();
        assertThat(press(chart, "ArrowDown")).contains(scheduled.series(), String.join(separator, scheduled.sources()));
    }

    @Test
    void playSoundsTheSeriesRisingWithItsValuesAndIsNotSilent() {
        Locator chart = open("en", TradeVolumeChart.ID);
        // the series rendered off line, exactly as Play schedules it; each tone's loudness and pitch measured
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tones = (List<Map<String, Object>>) chart.evaluate("""
                async el => {
                  const r = await el.sonification(0);
                  const rate = r.sampleRate, step = Math.round(0.28 * rate), from = Math.round(0.03 * rate), to = Math.round(0.17 * rate);
                  return r.values.map((value, k) => {
                    let energy = 0, crossings = 0;
                    for (let n = k * step + from; n < k * step + to; n++) {
                      energy += r.samples[n] ** 2;
                      if ((r.samples[n - 1] < 0) !== (r.samples[n] < 0)) crossings++;
                    }
                    return { value, rms: Math.sqrt(energy / (to - from)), hz: crossings / 2 / ((to - from) / rate) };
                  });
                }""");
        List<Map<String, Object>> figures = tones.stream().filter(t -> t.get("value") != null).toList();
        assertThat(figures).hasSizeGreaterThan(2);
        List<Map<String, Object>> gaps = tones.stream().filter(t -> t.get("value") == null).toList();
        System.out.println("ChartKeyboardIT heard " + tones);
        figures.forEach(t -> assertThat(number(t, "rms")).as("loudness of the tone for %s", t.get("value")).isGreaterThan(0.05));
        gaps.forEach(t -> assertThat(number(t, "rms")).as("a gap is silent").isLessThan(0.001));
        double low = figures.stream().mapToDouble(t -> number(t, "value")).min().orElseThrow();
        double high = figures.stream().mapToDouble(t -> number(t, "value")).max().orElseThrow();
        List<String> wrongOrder = new ArrayList<>();
        for (Map<String, Object> a : figures) {
            for (Map<String, Object> b : figures) {
                // values a tenth of the range apart: the higher one must sound clearly higher
                if (number(b, "value") - number(a, "value") > (high - low) / 10 && number(b, "hz") <= number(a, "hz") * 1.02) {
                    wrongOrder.add(a + " vs " + b);
                }
            }
        }
        assertThat(wrongOrder).as("tones not rising with the values").isEmpty();

        // the Play control next to the chart says what it plays, and turns into Stop
        page.locator("#play-chart-" + TradeVolumeChart.ID).click();
        String mainSeries = new TradeVolumeChart().rows(dataset(), Locale.ENGLISH).get(0).series();
        page.waitForFunction("s => document.querySelector('#chart-trade-volume .cc-chart-live').textContent.includes(s)", mainSeries);
        assertThat(page.locator("#play-chart-" + TradeVolumeChart.ID).textContent()).isEqualTo(BundleTranslations.get(Locale.ENGLISH, "reading.stop"));
        page.locator("#play-chart-" + TradeVolumeChart.ID).click();
        page.waitForFunction("t => document.querySelector('#play-chart-trade-volume').textContent === t",
                BundleTranslations.get(Locale.ENGLISH, "reading.play"));
    }

    private static double number(Map<String, Object> tone, String key) {
        return ((Number) tone.get(key)).doubleValue();
    }

    private Dataset dataset() {
        return datasetService.current();
    }

    private Locator open(String lang, String chartId) {
        page.navigate(url("/?lang=" + lang));
        page.waitForFunction("() => document.querySelectorAll('apex-chart').length > 0 && "
                + "document.querySelectorAll('apex-chart[data-ready]').length === document.querySelectorAll('apex-chart').length");
        Locator chart = page.locator("#chart-" + chartId);
        chart.focus();
        return chart;
    }

    /** Focusable itself, nothing focusable inside: Tab leaves it in one step, Shift+Tab comes back to it. */
    private void assertOneTabStop(Locator chart) {
        assertThat(chart.getAttribute("tabindex")).isEqualTo("0");
        assertThat(chart.evaluate("e => [...e.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]"
                + ".filter(x => x.tabIndex >= 0).length")).isEqualTo(0);
        page.keyboard().press("Tab");
        assertThat(chart.evaluate("e => e.contains(document.activeElement)")).isEqualTo(false);
        page.keyboard().press("Shift+Tab");
        assertThat(chart.evaluate("e => document.activeElement === e")).isEqualTo(true);
    }

    /** Presses a key on the focused chart and returns what its live region then says. */
    private String press(Locator chart, String key) {
        chart.locator(".cc-chart-live").evaluate("e => e.textContent = ''");
        page.keyboard().press(key);
        page.waitForFunction("id => document.querySelector('#' + id + ' .cc-chart-live').textContent.length > 0",
                chart.getAttribute("id"));
        return chart.locator(".cc-chart-live").textContent();
    }

    private void assertAnnounces(Locator chart, String key, ChartRow row, Locale locale) {
        String said = press(chart, key);
        String sources = String.join(BundleTranslations.get(locale, "export.source.separator"), row.sources());
        assertThat(said).as(key).contains(row.label(), ChartSummary.figure(new FigureFormat(locale), row), row.series(), sources);
    }

    /** The ring is shown, and the drawn point (marker or bar) is inside it. */
    private void assertRingOnFocusedPoint(Locator chart) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fit = (Map<String, Object>) chart.evaluate("""
                e => {
                  const [s, i] = e.getAttribute('data-focused-point').split(':');
                  const point = e.querySelector(`.apexcharts-marker[index="${s}"][j="${i}"], .apexcharts-bar-area[index="${s}"][j="${i}"]`);
                  const ring = e.querySelector('.cc-point-focus');
                  const p = point.getBoundingClientRect(), r = ring.getBoundingClientRect();
                  const x = p.left + p.width / 2, y = p.top + p.height / 2;
                  return { visible: !ring.hidden && r.width > 0, inside: x > r.left && x < r.right && y > r.top && y < r.bottom };
                }""");
        assertThat(fit).containsEntry("visible", true).containsEntry("inside", true);
    }
}

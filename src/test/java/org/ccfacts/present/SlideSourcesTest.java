package org.ccfacts.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.catalog.ChartRow;
import org.ccfacts.catalog.Citations;
import org.ccfacts.catalog.TradeEveryFigureChart;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetReader;
import org.ccfacts.dataset.Source;
import org.ccfacts.i18n.BidiText;
import org.ccfacts.i18n.BundleTranslations;
import org.ccfacts.i18n.Language;
import org.junit.jupiter.api.Test;

/** A slide's source line: every source of the chart, each by publisher and date, short enough for a footer. */
class SlideSourcesTest {

    private final Dataset data = new DatasetReader(Clock.systemUTC()).read(Path.of("data"));

    @Test
    void everySourceOfEveryChartIsNamedByPublisherAndDateWithoutItsDataOffice() {
        for (Language language : Language.values()) {
            Locale locale = language.locale();
            for (ChartDefinition chart : new ChartCatalog().all()) {
                List<ChartRow> rows = chart.rows(data, locale);
                String line = SlideSources.line(rows, data, locale);
                List<String> citations = ChartRow.citations(rows);
                assertThat(citations).as(chart.id()).isNotEmpty();
                for (Source source : data.sources()) {
                    if (!citations.contains(Citations.cite(source, locale))) {
                        continue;
                    }
                    // dates keep to one line: a WORD JOINER after each hyphen
                    String brief = source.publisher() + source.date().map(d -> ", " + d.toString().replace("-", "-\u2060")).orElse("");
                    assertThat(line).as(chart.id() + " " + language.code()).contains(BidiText.isolate(brief));
                    source.dataFrom().ifPresent(from -> assertThat(line).as(chart.id() + " " + language.code())
                            .doesNotContain(BundleTranslations.get(locale, "citation.data-from", from)));
                }
            }
        }
    }

    @Test
    void theLongestSourceListIsLessThanHalfItsFullCitations() {
        ChartDefinition chart = new TradeEveryFigureChart();
        List<ChartRow> rows = chart.rows(data, Locale.ENGLISH);
        String line = SlideSources.line(rows, data, Locale.ENGLISH);
        String full = String.join("; ", ChartRow.citations(rows));
        assertThat(line).startsWith("Sources: ");
        assertThat(line.length()).isLessThan(full.length() / 2);
    }
}

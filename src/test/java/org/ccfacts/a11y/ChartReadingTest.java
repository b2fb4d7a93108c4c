package org.ccfacts.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.catalog.Citations;
import org.ccfacts.catalog.SummitTimelineChart;
import org.ccfacts.chart.ChartOptions;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetReader;
import org.ccfacts.dataset.Event;
import org.ccfacts.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChartReadingTest {

    private static final Dataset DATASET = new DatasetReader(Clock.systemUTC()).read(Path.of("data"));

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyPatternIsInThePagesLanguageAndEveryDrawnPointHasItsCitations(Language language) {
        Locale locale = language.locale();
        for (ChartDefinition definition : new ChartCatalog().all()) {
            ChartOptions options = definition.options(DATASET, locale);
            ChartReading reading = ChartReading.of(options, DATASET, locale);
            assertThat(reading.language()).isEqualTo(language.code());
            assertThat(reading.direction()).isEqualTo(language == Language.AR ? "rtl" : "ltr");
            assertThat(reading.texts().keySet()).containsExactlyInAnyOrderElementsOf(ChartReading.KEYS);
            // a missing translation comes back as its key
            reading.texts().forEach((key, text) -> assertThat(text).isNotBlank().isNotEqualTo("reading." + key));
            assertThat(reading.texts().get("point")).contains("{0}", "{1}", "{2}", "{3}", "{4}", "{5}");
            assertThat(reading.sources()).hasSameSizeAs(options.series());
            for (int s = 0; s < options.series().size(); s++) {
                List<ChartOptions.Point> points = options.series().get(s).data();
                assertThat(reading.sources().get(s)).hasSameSizeAs(points);
                for (int i = 0; i < points.size(); i++) {
                    String id = points.get(i).source();
                    if (id != null && !id.contains(" ")) {
                        assertThat(reading.sources().get(s).get(i)).isEqualTo(Citations.cite(DATASET, id, locale));
                    }
                }
            }
        }
    }

    @Test
    void aTimelineEventCitesEveryOneOfItsSources() {
        Locale locale = Locale.ENGLISH;
        ChartReading reading = ChartReading.of(new SummitTimelineChart().options(DATASET, locale), DATASET, locale);
        List<String> cited = reading.sources().stream().flatMap(List::stream).toList();
        for (Event event : DATASET.timeline()) {
            String all = String.join("; ", event.sources().stream().map(id -> Citations.cite(DATASET, id, locale)).toList());
            assertThat(cited).contains(all);
        }
    }
}

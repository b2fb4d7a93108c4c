package org.ccfacts.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import org.ccfacts.a11y.ChartSummary;
import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.chart.ChartJson;
import org.ccfacts.catalog.SummitTimelineChart;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetReader;
import org.ccfacts.i18n.BundleTranslations;
import org.ccfacts.i18n.Language;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** One copy of the dashboard's content per dataset version and language, whoever asks: that is the memory saving. */
class DashboardContentTest {

    private final DatasetReader reader = new DatasetReader(Clock.systemUTC());
    private final BundleTranslations translations = new BundleTranslations();
    private final ChartCatalog catalog = new ChartCatalog();
    private final DashboardContent content = new DashboardContent(catalog, new ChartSummary(translations), translations);

    @Test
    void everyPageOfOneVersionAndLanguageGetsTheSameInstances() {
        Dataset data = reader.read(Path.of("data"));
        DashboardContent.Content english = content.of(data, Language.EN.locale());

        assertThat(content.of(data, Locale.forLanguageTag("en-GB"))).isSameAs(english);
        assertThat(content.of(data, Language.AR.locale())).isNotSameAs(english)
                .isSameAs(content.of(data, Locale.forLanguageTag("ar-EG")));
        assertThat(english.charts().keySet()).containsExactlyInAnyOrderElementsOf(
                catalog.all().stream().map(c -> c.id()).toList());
        assertThat(english.charts().values()).allSatisfy(chart -> {
            // the card and the export caption draw the title: the chart's own options carry none
            var json = new JsonMapper().readTree(ChartJson.write(chart.options()));
            assertThat(json.has("title")).isFalse();
            assertThat(json.has("subtitle")).isFalse();
            assertThat(chart.rows()).isNotEmpty();
            assertThat(chart.summary()).isNotBlank();
        });
    }

    @Test
    void aNewVersionGetsNewContentAndTheOldOneIsNotKept() {
        Dataset data = reader.read(Path.of("data"));
        Dataset changed = reader.read(Path.of("src/test/resources/datasets/dashboard"));
        assertThat(changed.version()).isNotEqualTo(data.version());
        DashboardContent.Content before = content.of(data, Language.EN.locale());

        DashboardContent.Content after = content.of(changed, Language.EN.locale());

        assertThat(after).isNotSameAs(before);
        assertThat(events(after).innerHtml()).isNotEqualTo(events(before).innerHtml());
        assertThat(content.of(changed, Language.EN.locale())).isSameAs(after);
        assertThat(content.of(data, Language.EN.locale())).as("built again, not kept").isNotSameAs(before);
    }

    @Test
    void aPageStillOnTheOlderVersionDoesNotEvictTheNewerOne() {
        Dataset older = reader.read(Path.of("data"));
        Dataset newer = reader.read(Path.of("src/test/resources/datasets/dashboard"));
        assertThat(newer.loadedAt()).isAfter(older.loadedAt());
        DashboardContent.Content current = content.of(newer, Language.EN.locale());

        DashboardContent.Content stale = content.of(older, Language.EN.locale());

        assertThat(events(stale).innerHtml()).isNotEqualTo(events(current).innerHtml());
        assertThat(content.of(newer, Language.EN.locale())).as("still the newer version's copy").isSameAs(current);
    }

    /** The event list under the summit timeline: the note that differs between the two datasets. */
    private static StaticMarkup.Block events(DashboardContent.Content content) {
        return content.charts().get(SummitTimelineChart.ID).notes().get(0);
    }
}

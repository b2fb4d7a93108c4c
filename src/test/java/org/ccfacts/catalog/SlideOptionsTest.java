package org.ccfacts.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.ccfacts.chart.ChartOptions;
import org.ccfacts.chart.ChartOptions.Point;
import org.ccfacts.chart.Format;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetReader;
import org.ccfacts.dataset.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Presentation mode's layout of the timeline, whose page layout does not fit 24 px type: rows wrapped to the
 * axis's width, and nothing of what the chart means lost on the way.
 */
class SlideOptionsTest {

    private final Dataset data = new DatasetReader(Clock.systemUTC()).read(Path.of("data"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ar", "zh", "ru"})
    void everyTimelineRowKeepsItsEventsTitleAndPlaceInLinesAsWideAsTheAxisAllows(String language) {
        Locale locale = Locale.forLanguageTag(language);
        SummitTimelineChart chart = new SummitTimelineChart();
        ChartOptions slide = chart.slideOptions(data, locale);

        assertThat(slide.yaxis().labels().formatter()).isEqualTo(Format.ROW_FIT);
        assertThat(chart.options(data, locale).yaxis().labels().formatter()).isEqualTo(Format.ROW);
        List<String> details = DrawnPoints.of(slide).stream().map(Point::detail).filter(Objects::nonNull).toList();
        for (Event event : data.timeline()) {
            String title = event.title().in(language);
            assertThat(details).as(event.id()).anySatisfy(detail -> {
                assertThat(detail).contains(title);
                event.place().ifPresent(place -> assertThat(detail).contains(place.in(language)));
            });
        }
    }
}

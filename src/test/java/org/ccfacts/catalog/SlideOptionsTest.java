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
import org.ccfacts.dataset.Observation;
import org.ccfacts.dataset.Qualifier;
import org.ccfacts.i18n.BundleTranslations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Presentation mode's layouts of the two charts whose page layout does not fit 24 px type: fewer lines per row,
 * and nothing of what the chart means lost on the way.
 */
class SlideOptionsTest {

    private final Dataset data = new DatasetReader(Clock.systemUTC()).read(Path.of("data"));

    private static List<Point> points(ChartOptions options) {
        return options.series().stream().flatMap(series -> series.data().stream()).map(Point.class::cast)
                .filter(p -> p.y() != null).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ar", "zh", "ru"})
    void anInvestmentBarIsNamedInTwoLinesAndStatesItsValueWithItsQualifierAtItsEnd(String language) {
        Locale locale = Locale.forLanguageTag(language);
        InvestmentChart chart = new InvestmentChart();
        ChartOptions slide = chart.slideOptions(data, locale);

        List<?> categories = slide.xaxis().categories();
        assertThat(categories).hasSameSizeAs(InvestmentChart.figures(data));
        // the measure and the date name each row: two lines, where the page's three ran into each other in Russian
        categories.forEach(c -> assertThat((List<?>) c).hasSize(2));
        assertThat(slide.dataLabels().enabled()).isTrue();
        assertThat(slide.dataLabels().formatter()).isEqualTo(Format.LABEL);

        List<Point> drawn = points(slide);
        List<Observation> figures = InvestmentChart.figures(data);
        assertThat(drawn).hasSameSizeAs(figures);
        String moreThan = BundleTranslations.get(locale, "chart.investment.more-than", "").strip();
        for (int i = 0; i < figures.size(); i++) {
            Observation figure = figures.get(i);
            // each bar's label is the value as the page's third line stated it; a lower bound says "more than"
            assertThat(drawn.get(i).label()).as(figure.id())
                    .isEqualTo(((List<?>) chart.options(data, locale).xaxis().categories().get(i)).get(2));
            if (figure.qualifier() == Qualifier.LOWER_BOUND) {
                assertThat(drawn.get(i).label()).as(figure.id()).contains(moreThan);
            }
        }
        assertThat(figures).extracting(Observation::qualifier).contains(Qualifier.LOWER_BOUND);
        // the page keeps its own layout
        assertThat(chart.options(data, locale).dataLabels().enabled()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ar", "zh", "ru"})
    void everyTimelineRowKeepsItsEventsTitleAndPlaceInLinesAsWideAsTheAxisAllows(String language) {
        Locale locale = Locale.forLanguageTag(language);
        SummitTimelineChart chart = new SummitTimelineChart();
        ChartOptions slide = chart.slideOptions(data, locale);

        assertThat(slide.yaxis().labels().formatter()).isEqualTo(Format.ROW_FIT);
        assertThat(chart.options(data, locale).yaxis().labels().formatter()).isEqualTo(Format.ROW);
        List<String> details = points(slide).stream().map(Point::detail).filter(Objects::nonNull).toList();
        for (Event event : data.timeline()) {
            String title = event.title().in(language);
            assertThat(details).as(event.id()).anySatisfy(detail -> {
                assertThat(detail).contains(title);
                event.place().ifPresent(place -> assertThat(detail).contains(place.in(language)));
            });
        }
    }
}

package org.ccfacts.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.ccfacts.chart.ChartOptions;
import org.ccfacts.chart.ChartOptions.Point;
import org.ccfacts.chart.Format;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetReader;
import org.ccfacts.dataset.Observation;
import org.ccfacts.dataset.Qualifier;
import org.ccfacts.format.FigureFormat;
import org.ccfacts.i18n.BundleTranslations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The investment chart in rows of two lines, each bar stating its published value, "more than" a bound. */
class InvestmentChartTest {

    private final Dataset data = new DatasetReader(Clock.systemUTC()).read(Path.of("data"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ar", "zh", "ru"})
    void eachBarIsNamedInTwoLinesAndStatesItsValueWithItsQualifierAtItsEnd(String language) {
        Locale locale = Locale.forLanguageTag(language);
        InvestmentChart chart = new InvestmentChart();
        ChartOptions options = chart.options(data, locale);
        FigureFormat format = new FigureFormat(locale);

        List<?> categories = options.xaxis().categories();
        assertThat(categories).hasSameSizeAs(InvestmentChart.figures(data));
        // the measure and the date name each row: two lines (three ran into each other in Russian exports and slides)
        categories.forEach(c -> assertThat((List<?>) c).hasSize(2));
        assertThat(options.dataLabels().enabled()).isTrue();
        assertThat(options.dataLabels().formatter()).isEqualTo(Format.LABEL);

        List<Point> drawn = DrawnPoints.of(options);
        List<Observation> figures = InvestmentChart.figures(data);
        assertThat(drawn).hasSameSizeAs(figures);
        String moreThan = BundleTranslations.get(locale, "chart.investment.more-than", "").strip();
        for (int i = 0; i < figures.size(); i++) {
            Observation figure = figures.get(i);
            // each bar's label is its value as stated; a lower bound says "more than"
            assertThat(drawn.get(i).label()).as(figure.id()).isEqualTo(InvestmentChart.statedValue(figure, format, locale));
            assertThat(drawn.get(i).y()).as(figure.id()).isEqualTo(figure.value());
            if (figure.qualifier() == Qualifier.LOWER_BOUND) {
                assertThat(drawn.get(i).label()).as(figure.id()).contains(moreThan);
            }
        }
        assertThat(figures).extracting(Observation::qualifier).contains(Qualifier.LOWER_BOUND);
        // a slide shows the same
        assertThat(chart.slideOptions(data, locale)).isEqualTo(options);
    }
}

package org.ccfacts.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The trade chart draws every figure at its place on the billions axis, and shows it as its page wrote it. */
class TradeVolumeChartTest {

    private final Dataset data = new DatasetReader(Clock.systemUTC()).read(Path.of("data"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"en | US$460 mn | US$847 mn", "zh | 4.6亿美元 | 8.47亿美元",
            "ru | 460\u00A0млн долл. США | 847\u00A0млн долл. США"})
    void aFigurePublishedInMillionsIsShownInMillionsNotAsTheAxisValue(String language, String shown, String shown1995) {
        List<Point> points = new TradeVolumeChart().options(data, Locale.forLanguageTag(language)).series().stream()
                .flatMap(series -> series.data().stream()).map(Point.class::cast).toList();

        Point first = points.stream().filter(p -> Integer.valueOf(1992).equals(p.x())).findFirst().orElseThrow();
        assertThat(new BigDecimal(first.y().toString())).isEqualByComparingTo("0.46");
        assertThat(first.asPublished()).isEqualTo(shown);
        // 1995's "US $847 million" (China Today) too; figures published in billions are shown from their own value:
        // nothing to override
        Point y1995 = points.stream().filter(p -> Integer.valueOf(1995).equals(p.x())).findFirst().orElseThrow();
        assertThat(new BigDecimal(y1995.y().toString())).isEqualByComparingTo("0.847");
        assertThat(y1995.asPublished()).isEqualTo(shown1995);
        assertThat(points.stream().filter(p -> !List.of(1992, 1995).contains(p.x())).map(Point::asPublished)
                .filter(Objects::nonNull)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theApproximateAndLowerBoundFiguresCarryTheirMarkOnTheChart() {
        // an export's note says "≈ marks an approximate value": the mark must be drawn beside those figures
        // data/'s main line has only exact figures now (the others are in TradeEveryFigureChart): the fixture's has 2013's ≈
        Dataset fixture = new DatasetReader(Clock.systemUTC()).read(Path.of("src/test/resources/datasets/dashboard"));
        ChartOptions options = new TradeVolumeChart().options(fixture, Locale.ENGLISH);
        assertThat(options.dataLabels().enabled()).isTrue();
        assertThat(options.dataLabels().formatter()).isEqualTo(Format.LABEL);
        List<Point> points = options.series().stream().flatMap(series -> series.data().stream()).map(Point.class::cast).toList();
        assertThat(points).extracting(Point::qualifier).contains("approximate");
        // the mark opens the label drawn beside each such figure
        points.stream().filter(p -> "approximate".equals(p.qualifier())).forEach(p -> assertThat(p.label()).startsWith("≈"));
        points.stream().filter(p -> "lower-bound".equals(p.qualifier())).forEach(p -> assertThat(p.label()).startsWith(">"));
    }
}

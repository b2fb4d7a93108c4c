package org.ccfacts.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.ccfacts.catalog.ChartRow;
import org.ccfacts.catalog.TradeVolumeChart;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetReader;
import org.ccfacts.format.FigureFormat;
import org.ccfacts.i18n.BundleTranslations;
import org.ccfacts.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChartSummaryTest {

    private static final Dataset DATASET = new DatasetReader(Clock.systemUTC()).read(Path.of("data"));
    private final ChartSummary summary = new ChartSummary(new BundleTranslations());

    @ParameterizedTest
    @EnumSource(Language.class)
    void namesFirstLastAndHighestFigureOfEachSeriesAsWrittenOnTheChart(Language language) {
        Locale locale = language.locale();
        List<ChartRow> rows = new TradeVolumeChart().rows(DATASET, locale);
        FigureFormat format = new FigureFormat(locale);
        String text = summary.describe(rows, locale);

        for (String series : rows.stream().map(ChartRow::series).distinct().toList()) {
            List<ChartRow> ofSeries = rows.stream().filter(r -> r.series().equals(series)).toList();
            assertThat(text).contains(series)
                    .contains(ChartSummary.figure(format, ofSeries.get(0)))
                    .contains(ChartSummary.figure(format, ofSeries.get(ofSeries.size() - 1)))
                    .contains(ChartSummary.figure(format, ofSeries.stream().max(Comparator.comparing(ChartRow::comparable)).orElseThrow()));
            // "highest US$460 mn (1992)" was the summary of a line that ends at 106.3 billion
            ChartRow highest = ofSeries.stream().max(Comparator.comparing(ChartRow::comparable)).orElseThrow();
            assertThat(highest.unit()).doesNotEndWith(" mn");
            if (ofSeries.size() > 1) {
                ChartRow first = ofSeries.get(0);
                ChartRow last = ofSeries.get(ofSeries.size() - 1);
                assertThat(text).contains(BundleTranslations.get(locale, "summary.series.many", series, String.valueOf(ofSeries.size()),
                        ChartSummary.figure(format, first), first.label(), ChartSummary.figure(format, last), last.label(),
                        ChartSummary.figure(format, highest), highest.label()));
            }
        }
        // every source of every row: a figure several pages publish cites each of them
        rows.stream().flatMap(r -> r.sources().stream()).distinct().forEach(source -> assertThat(text).contains(source));
    }

    @Test
    void saysNothingTheRowsDoNotContain() {
        List<ChartRow> rows = new TradeVolumeChart().rows(DATASET, Locale.ENGLISH);
        String text = summary.describe(rows, Locale.ENGLISH);
        FigureFormat format = new FigureFormat(Locale.ENGLISH);
        // every amount written in the summary is one of the rows' amounts
        List<String> rowFigures = rows.stream().map(r -> ChartSummary.figure(format, r)).toList();
        java.util.regex.Matcher money = java.util.regex.Pattern.compile("(> |≈ )?US\\$[0-9.,]+ bn").matcher(text);
        int found = 0;
        while (money.find()) {
            assertThat(rowFigures).contains(money.group());
            found++;
        }
        assertThat(found).isPositive();
        assertThat(text).doesNotContainIgnoringCase("record").doesNotContain("%");
    }

    @Test
    void anEmptyChartIsSaidToBeEmpty() {
        assertThat(summary.describe(List.of(), Language.AR.locale()))
                .isEqualTo(new BundleTranslations().getTranslation("summary.empty", Language.AR.locale()));
    }
}

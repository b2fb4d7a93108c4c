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

    @ParameterizedTest
    @EnumSource(Language.class)
    void saysTheLowestFigureTheDirectionAndTheYearsWithoutAFigure(Language language) {
        Locale locale = language.locale();
        List<ChartRow> rows = List.of(year("1992", "0.46"), year("2012", "45.9"), year("2013", "40.2"), year("2015", "32.5"),
                year("2024", "94.8"));
        String text = summary.describe(rows, locale);
        FigureFormat format = new FigureFormat(locale);
        BundleTranslations words = new BundleTranslations();

        assertThat(text).contains(words.getTranslation("summary.lowest", locale, ChartSummary.figure(format, rows.get(0)), "1992"))
                .contains(words.getTranslation("summary.trend.rise", locale))
                .contains(words.getTranslation("summary.gaps", locale, "1993–2011" + separator(language) + "2014" + separator(language) + "2016–2023"));
    }

    @Test
    void aFallingSeriesIsSaidToFallAndCategoriesHaveNoGaps() {
        List<ChartRow> rows = List.of(category("Kazakhstan", "41"), category("Uzbekistan", "14"), category("Tajikistan", "3.9"));
        String text = summary.describe(rows, Locale.ENGLISH);
        assertThat(text).contains("Lower at the end than at the start.").contains("Lowest US$3.9 bn (Tajikistan).")
                .doesNotContain("No published figure");
    }

    @Test
    void theRealTradeSeriesNamesItsGapsAndItsLowestFigure() {
        List<ChartRow> rows = new TradeVolumeChart().rows(DATASET, Locale.ENGLISH);
        String series = rows.get(0).series();
        List<ChartRow> main = rows.stream().filter(r -> r.series().equals(series)).toList();
        FigureFormat format = new FigureFormat(Locale.ENGLISH);
        String text = summary.describe(rows, Locale.ENGLISH);
        assertThat(text).contains("Lowest " + ChartSummary.figure(format, main.stream().min(Comparator.comparing(ChartSummary::amount)).orElseThrow()));
        List<Integer> years = main.stream().map(r -> Integer.parseInt(r.label())).toList();
        for (int i = 1; i < years.size(); i++) {
            if (years.get(i) > years.get(i - 1) + 1) {
                // every missing run of years is named, from the year after one figure to the year before the next
                assertThat(text).contains(String.valueOf(years.get(i - 1) + 1));
                assertThat(text).containsPattern("No published figure [^.]*" + (years.get(i) - 1 == years.get(i - 1) + 1
                        ? String.valueOf(years.get(i) - 1) : (years.get(i - 1) + 1) + "–" + (years.get(i) - 1)));
            }
        }
    }

    @Test
    void comparesFiguresPublishedInMillionsAndBillionsAsAmountsAndNeverYuanWithDollars() {
        List<ChartRow> rows = new TradeVolumeChart().rows(DATASET, Locale.ENGLISH);
        String mainSeries = rows.get(0).series();
        List<ChartRow> main = rows.stream().filter(r -> r.series().equals(mainSeries)).toList();
        FigureFormat format = new FigureFormat(Locale.ENGLISH);
        // the highest and lowest whole year by the dataset's own billions (US$460 mn is 0.46 bn there)
        var byBillions = Comparator.comparing(org.ccfacts.dataset.Observation::inBillions);
        var highest = TradeVolumeChart.mainSeries(DATASET).stream().max(byBillions).orElseThrow();
        var lowest = TradeVolumeChart.mainSeries(DATASET).stream().min(byBillions).orElseThrow();
        String text = summary.describe(main, Locale.ENGLISH);
        assertThat(text).contains("highest " + format.value(highest) + " (" + highest.period() + ")")
                .contains("Lowest " + format.value(lowest) + " (" + lowest.period() + ")")
                .contains("Higher at the end than at the start.");

        List<ChartRow> mixed = List.of(year("2013", "32.4"), new ChartRow("Trade", "2024", new java.math.BigDecimal("286.42"), "exact",
                "CNY bn", "o-cny", List.of("Source A"), java.util.Optional.empty()), year("2025", "39.8"));
        assertThat(summary.describe(mixed, Locale.ENGLISH)).contains("; highest US$39.8 bn (2025).")
                .contains("In another currency: highest CN¥286.42 bn (2024), lowest CN¥286.42 bn (2024).");
    }

    private static ChartRow year(String year, String billions) {
        return new ChartRow("Trade", year, new java.math.BigDecimal(billions), "exact", "USD bn", "o-" + year, List.of("Source A"),
                java.util.Optional.empty());
    }

    private static ChartRow category(String country, String billions) {
        return new ChartRow("Trade", country, new java.math.BigDecimal(billions), "exact", "USD bn", "o-" + country, List.of("Source A"),
                java.util.Optional.empty());
    }

    private static String separator(Language language) {
        return switch (language) {
            case AR -> "؛ ";
            case ZH -> "；";
            default -> "; ";
        };
    }

    @Test
    void anEmptyChartIsSaidToBeEmpty() {
        assertThat(summary.describe(List.of(), Language.AR.locale()))
                .isEqualTo(new BundleTranslations().getTranslation("summary.empty", Language.AR.locale()));
    }
}

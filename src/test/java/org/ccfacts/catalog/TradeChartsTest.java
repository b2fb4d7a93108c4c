package org.ccfacts.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.ccfacts.chart.ChartOptions;
import org.ccfacts.chart.ChartOptions.Point;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetReader;
import org.ccfacts.dataset.Observation;
import org.ccfacts.format.FigureFormat;
import org.ccfacts.i18n.BundleTranslations;
import org.junit.jupiter.api.Test;

/**
 * The trade charts of issue 14 on a fixture made for them ({@code datasets/charts}): every expectation is read
 * from the fixture's observations and sources, so a chart that drew anything else, or dropped one, fails.
 */
@SuppressWarnings("unchecked")
class TradeChartsTest {

    private static final Locale EN = Locale.ENGLISH;
    private final Dataset data = new DatasetReader(Clock.systemUTC()).read(Path.of("src/test/resources/datasets/charts"));
    private final FigureFormat format = new FigureFormat(EN);

    private Observation obs(String id) {
        return data.observation(id).orElseThrow();
    }

    private String cite(String id) {
        return Citations.cite(data, obs(id).source(), EN);
    }

    private static List<String> ids(List<ChartRow> rows) {
        return rows.stream().map(ChartRow::observation).toList();
    }

    private static List<Object> values(ChartOptions.Series series) {
        return series.data().stream().map(Point::y).filter(Objects::nonNull).toList();
    }

    /** The note element with this id, anywhere in the notes' trees. */
    private static Optional<ChartNote> note(List<ChartNote> notes, String id) {
        return notes.stream().flatMap(TradeChartsTest::tree).filter(n -> n.id().equals(id)).findFirst();
    }

    private static Stream<ChartNote> tree(ChartNote note) {
        return Stream.concat(Stream.of(note), note.children().stream().flatMap(TradeChartsTest::tree));
    }

    private static String text(ChartNote note) {
        return tree(note).map(ChartNote::text).reduce("", (a, b) -> a + " " + b);
    }

    // ---- the main line --------------------------------------------------------------------------

    @Test
    void theMainLineIsChinasSideOnlyAndAFigureThatIsNotExactIsAHollowRingWithItsQualifier() {
        ChartOptions options = new TradeVolumeChart().options(data, EN);
        List<Point> line = options.series().get(0).data();
        Observation bound = obs("t-2004");
        // the partner-side total of the same year (the EDB's) is not on China's line
        assertThat(line).filteredOn(p -> Integer.valueOf(2004).equals(p.x())).extracting(Point::y).containsExactly(bound.value());
        assertThat(values(options.series().get(0))).doesNotContain(obs("t-2004-edb").value());
        // it looks different on the chart: its own hollow marker and the qualifier in its label
        int index = line.indexOf(line.stream().filter(p -> Integer.valueOf(2004).equals(p.x())).findFirst().orElseThrow());
        assertThat(options.markers().discrete()).singleElement().satisfies(m -> {
            assertThat(m.dataPointIndex()).isEqualTo(index);
            assertThat(m.fillColor()).isEqualTo("transparent");
        });
        // the bound is also the highest: the record's annotation says what it is ("Record: > US$30 bn"); an exact
        // point has no label of its own (its tooltip has the figure)
        assertThat(options.annotations().points()).singleElement()
                .satisfies(a -> assertThat(a.label().text()).contains(format.value(bound)));
        Point exact = line.stream().filter(p -> Integer.valueOf(2003).equals(p.x())).findFirst().orElseThrow();
        assertThat(exact.label()).isEmpty();
    }

    @Test
    void aValueSeveralSourcesPublishCitesEachOfThem() {
        ChartRow row = new TradeVolumeChart().rows(data, EN).stream().filter(r -> r.label().equals("2001")).findFirst().orElseThrow();
        assertThat(row.sources()).containsExactly(cite("t-2001-customs"), cite("t-2001-commerce"));
    }

    @Test
    void theHeadlineIsTheNewestWholeYearWithItsQualifier() {
        List<Headline> headlines = new TradeVolumeChart().headlines(data);
        Observation newest = TradeVolumeChart.mainSeries(data).get(TradeVolumeChart.mainSeries(data).size() - 1);
        assertThat(newest.period().year()).isEqualTo(2004);
        assertThat(headlines).singleElement().satisfies(h -> {
            assertThat(h.figureId()).isEqualTo(newest.id());
            assertThat(h.labelKey()).isEqualTo("kpi.trade.label");
        });
    }

    // ---- every published figure -------------------------------------------------------------------

    @Test
    void everyFigureIsOneBarPerPublishedValueNewestFirstAndYuanAndPartYearsAreOnlyListed() {
        List<ChartRow> rows = new TradeEveryFigureChart().rows(data, EN);
        // 2004: the bound; 2003: the later conversion (21.5) above the customs 20; 2001: one bar for two sources
        assertThat(ids(rows)).containsExactly("t-2004", "t-2003-converted", "t-2003", "t-2001-customs", "t-2003-cny", "t-2004-q1");
        assertThat(rows.get(3).sources()).containsExactly(cite("t-2001-customs"), cite("t-2001-commerce"));
        // a note about a figure names its source, not only its year (the export's "≈ … (2003 · Late Review)")
        assertThat(rows.get(1).label()).isEqualTo("2003 · " + data.source("fixture-late-conversion").orElseThrow().publisher());
        assertThat(rows.get(5).label()).isEqualTo(format.period(obs("t-2004-q1").period()) + " · "
                + data.source(obs("t-2004-q1").source()).orElseThrow().publisher() + " (" + format.unitName("USD bn") + ")");

        ChartOptions options = new TradeEveryFigureChart().options(data, EN);
        assertThat(values(options.series().get(0))).containsExactly(obs("t-2003").value(), obs("t-2001-customs").value());
        assertThat(values(options.series().get(1))).containsExactly(obs("t-2004").value(), obs("t-2003-converted").value());
        // neither the partner side, nor yuan, nor a part-year is drawn on the whole-year dollar axis
        assertThat(options.series()).flatExtracting(ChartOptions.Series::data).extracting(Point::y)
                .doesNotContain(obs("t-2004-edb").value(), obs("t-2003-cny").value(), obs("t-2004-q1").value());
        assertThat(options.series().get(1).data()).filteredOn(p -> p.y() != null).extracting(Point::label)
                .containsExactly(format.value(obs("t-2004")), format.value(obs("t-2003-converted")));
    }

    @Test
    void anExportNoteAboutInexactFiguresCannotNameAnExactOne() {
        // the export's notes list the labels of the rows by qualifier ("≈ … (2024 · Yicai)"): a label shared by an
        // exact and an inexact row ("2024") made the exact 94.8 look approximate
        for (Path folder : List.of(Path.of("data"), Path.of("src/test/resources/datasets/charts"))) {
            List<ChartRow> rows = new TradeEveryFigureChart().rows(new DatasetReader(Clock.systemUTC()).read(folder), EN);
            List<String> exact = rows.stream().filter(r -> r.qualifier().equals("exact")).map(ChartRow::label).toList();
            List<String> inexact = rows.stream().filter(r -> !r.qualifier().equals("exact")).map(ChartRow::label).toList();
            assertThat(inexact).as(folder.toString()).isNotEmpty().doesNotContainAnyElementsOf(exact);
        }
    }

    @Test
    void everyFigureNotesSayWhatEachInexactFigureIsWhereTheGapsArePartYearsAndYuan() {
        List<ChartNote> notes = new TradeEveryFigureChart().notes(data, EN);
        Observation converted = obs("t-2003-converted");
        String year = String.valueOf(converted.period().year());
        String published = String.valueOf(data.source(converted.source()).orElseThrow().date().orElseThrow().year());
        assertThat(text(note(notes, "not-exact-" + converted.id()).orElseThrow())).contains(format.value(converted))
                .contains(converted.note().orElseThrow().in("en"))
                .contains(BundleTranslations.get(EN, "chart.trade-every-figure.converted-later", published, year));
        // a lower bound is no conversion: no "made later" sentence
        assertThat(text(note(notes, "not-exact-t-2004").orElseThrow())).doesNotContain(published + ":");
        assertThat(text(note(notes, "trade-gaps").orElseThrow())).contains("2002").doesNotContain("2001", "2003");
        assertThat(text(note(notes, "partial-t-2004-q1").orElseThrow())).contains(format.value(obs("t-2004-q1")));
        assertThat(text(note(notes, "trade-yuan").orElseThrow())).contains(format.value(obs("t-2003-cny")));
    }

    @Test
    void gapsAreRunsOfYearsWithoutAFigure() {
        assertThat(TradeEveryFigureChart.gaps(List.of(1992, 2012, 2013, 2022, 2025))).containsExactly("1993–2011", "2014–2021", "2023–2024");
        assertThat(TradeEveryFigureChart.gaps(List.of(2020, 2022))).containsExactly("2021");
        assertThat(TradeEveryFigureChart.gaps(List.of(2023, 2024))).isEmpty();
    }

    // ---- per country over the years ----------------------------------------------------------------

    @Test
    void perCountryDrawsChinasFiguresOneBarPerYearNewestFirstWithNoBarForAMissingYear() {
        ChartOptions options = new TradeByCountryYearsChart().options(data, EN);
        assertThat(options.series()).extracting(ChartOptions.Series::name).containsExactly("2004", "2003");
        // countries by their newest figure, largest first; Uzbekistan has only a partner-side figure: not here
        String kz = TradeByCountryChart.countryName(data, "KZ", EN);
        String kg = TradeByCountryChart.countryName(data, "KG", EN);
        assertThat((List<Object>) options.xaxis().categories()).containsExactly(
                BundleTranslations.get(EN, "chart.trade-by-country-years.label", kz, "2004"),
                BundleTranslations.get(EN, "chart.trade-by-country-years.label", kz, "2003"),
                BundleTranslations.get(EN, "chart.trade-by-country-years.label", kg, "2004"));
        // one bar per row, in its year's series; Kyrgyzstan 2003 has no row at all
        assertThat(options.series().get(0).data()).extracting(Point::y).containsExactly(obs("kz-2004").value(), null, obs("kg-2004").value());
        assertThat(options.series().get(1).data()).extracting(Point::y).containsExactly(null, obs("kz-2003").value(), null);
        assertThat(ids(new TradeByCountryYearsChart().rows(data, EN))).containsExactly("kz-2004", "kz-2003", "kg-2004");
    }

    @Test
    void perCountryNotesNameTheMissingYearAndChinasOtherValue() {
        List<ChartNote> notes = new TradeByCountryYearsChart().notes(data, EN);
        assertThat(text(note(notes, "country-missing-2003").orElseThrow())).contains(TradeByCountryChart.countryName(data, "KG", EN));
        assertThat(note(notes, "country-missing-2004")).isEmpty();
        assertThat(text(note(notes, "country-also-kz-2004-commerce").orElseThrow())).contains(format.value(obs("kz-2004-commerce")))
                .contains(cite("kz-2004-commerce"));
        assertThat(note(notes, "country-gaps")).as("2003 and 2004 are consecutive").isEmpty();
    }

    // ---- exports and imports -----------------------------------------------------------------------

    @Test
    void exportsAndImportsPerYearAndTheMissingOnesSaid() {
        assertThat(ids(new ExportsImportsChart().rows(data, EN))).containsExactly("exports-2003", "imports-2003", "exports-2005");
        ChartOptions options = new ExportsImportsChart().options(data, EN);
        assertThat((List<Object>) options.xaxis().categories()).containsExactly("2003", "2005");
        assertThat(options.series().get(1).data()).extracting(Point::y).containsExactly(obs("imports-2003").value(), null);
        List<ChartNote> notes = new ExportsImportsChart().notes(data, EN);
        assertThat(note(notes, "missing-imports-goods-2005")).isPresent();
        assertThat(note(notes, "missing-exports-goods-2005")).isEmpty();
        assertThat(text(note(notes, "exports-imports-gaps").orElseThrow())).contains("2004");
    }

    // ---- China's customs against the partners' statistics ------------------------------------------

    @Test
    void eachPartnerFigureIsSetAgainstChinasForTheSameYearAndCountry() {
        List<ChartRow> rows = new CustomsAndPartnersChart().rows(data, EN);
        // newest year first, the region before countries; Uzbekistan 2003 has no figure from China's side
        assertThat(ids(rows)).containsExactly("t-2004", "t-2004-edb", "kz-2004", "kz-2004-national", "uz-2003-edb");
        ChartOptions options = new CustomsAndPartnersChart().options(data, EN);
        // a row per place and year, China's bar beside the partner side's; Uzbekistan 2003 has only the partner side's
        assertThat(options.series().get(0).data()).extracting(Point::y)
                .containsExactly(obs("t-2004").value(), obs("kz-2004").value(), null);
        assertThat(options.series().get(1).data()).extracting(Point::y)
                .containsExactly(obs("t-2004-edb").value(), obs("kz-2004-national").value(), obs("uz-2003-edb").value());
        // side by side, never added up: stacked only within each side's own group
        assertThat(options.series()).extracting(ChartOptions.Series::group).doesNotHaveDuplicates().doesNotContainNull();
    }

    @Test
    void theNotesSayWhatEachPartnerFigureIsAndGiveThePublishedReasonsWhoseSourceIsInTheData() {
        List<ChartNote> notes = new CustomsAndPartnersChart().notes(data, EN);
        assertThat(text(note(notes, "partner-uz-2003-edb").orElseThrow())).contains(format.value(obs("uz-2003-edb")))
                .contains(cite("uz-2003-edb")).contains(BundleTranslations.get(EN, "chart.customs-and-partners.no-china"));
        assertThat(text(note(notes, "partner-kz-2004-national").orElseThrow()))
                .doesNotContain(BundleTranslations.get(EN, "chart.customs-and-partners.no-china"));
        // a reason is given with its source: bne's page is in this dataset, 24.kg's is not
        assertThat(data.source("bne-2024-02-04")).isPresent();
        assertThat(data.source("kg24-2025-01-24")).isEmpty();
        assertThat(text(note(notes, "why-official").orElseThrow())).contains(Citations.cite(data, "bne-2024-02-04", EN));
        assertThat(note(notes, "why-transit")).isEmpty();
        assertThat(note(notes, "why-methodology")).isPresent();
    }

    @Test
    void aPartnerSideFigureIsPartnerSideAndAnUnsaidOneStaysWithChina() {
        assertThat(ReportingSide.of(data, obs("t-2004-edb"))).isEqualTo(ReportingSide.PARTNER);
        assertThat(ReportingSide.of(data, obs("kz-2004-national"))).isEqualTo(ReportingSide.PARTNER);
        assertThat(ReportingSide.of(data, obs("t-2001-commerce"))).isEqualTo(ReportingSide.CHINA);
    }

    @Test
    void chineseCustomsNamedInWordsIsChinasSide() {
        // data/: China Daily 2014-06-10, "figures from Chinese customs authorities" (Uzbekistan 2013, > 4.5 bn)
        Dataset real = new DatasetReader(Clock.systemUTC()).read(Path.of("data"));
        Observation o = real.observation("trade-2013-uz-customs").orElseThrow();
        assertThat(real.source(o.source()).flatMap(s -> s.dataFrom()).orElseThrow()).containsIgnoringCase("Chinese customs");
        assertThat(ReportingSide.of(real, o)).isEqualTo(ReportingSide.CHINA);
        assertThat(TradeByCountryYearsChart.alsoPublished(real)).contains(o);
    }
}

package org.ccfacts.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.ccfacts.catalog.InvestmentChart;
import org.ccfacts.catalog.CustomsAndPartnersChart;
import org.ccfacts.catalog.ExportsImportsChart;
import org.ccfacts.catalog.TradeByCountryYearsChart;
import org.ccfacts.catalog.TradeVolumeChart;
import org.ccfacts.catalog.TradeEveryFigureChart;
import org.ccfacts.chart.ApexChart;
import org.ccfacts.chart.ChartOptions;
import org.ccfacts.dataset.Observation;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The dashboard on the real {@code data/}: the contract, plus the headline figures of FACTS.md. */
@SpringBootTest
class DashboardViewTest extends DashboardContract {

    @Test
    void headlineFiguresReadAsInTheSources() {
        // FACTS.md: 94.8 billion USD, "more than" 30 billion USD, 90 %, 92.4 %; the trade card shows the newest
        // whole year (2025's 106.3, Global Times), and the article's 94.8 is 2024's point on the trade chart
        assertThat(figureOf("trade-2025-usd")).isEqualTo("US$106.3 bn");
        assertThat(_get(ApexChart.class, spec -> spec.withId("chart-trade-volume")).getOptions().series().get(0).data())
                .filteredOn(p -> Integer.valueOf(2024).equals(p.x())).extracting(ChartOptions.Point::y)
                .containsExactly(new BigDecimal("94.8"));
        assertThat(figureOf(InvestmentChart.HEADLINE)).isEqualTo("> US$30 bn");
        assertThat(figureOf("poll-mechanism")).isEqualTo("90 %");
        assertThat(figureOf("poll-bri")).isEqualTo("92.4 %");
    }

    @Test
    void theDashboardShowsTheNewTradeChartsWithTheirNotesAndTheMainCardStaysShort() {
        for (String id : List.of(TradeEveryFigureChart.ID, TradeByCountryYearsChart.ID, CustomsAndPartnersChart.ID, ExportsImportsChart.ID)) {
            Section card = _get(Section.class, spec -> spec.withId("card-" + id));
            assertThat(_get(card, ApexChart.class).getOptions().series()).as(id).isNotEmpty();
            assertThat(Jsoup.parseBodyFragment(html(card)).getElementById("open-" + id).attr("href")).isEqualTo("chart/" + id);
        }
        // the part-year figures and the gaps sit under the every-figure chart, not beside the main one
        Section every = _get(Section.class, spec -> spec.withId("card-" + TradeEveryFigureChart.ID));
        Section main = _get(Section.class, spec -> spec.withId("card-" + TradeVolumeChart.ID));
        for (Observation o : TradeVolumeChart.partialYears(data())) {
            assertThat(html(every)).contains("id=\"partial-" + o.id() + "\"");
            assertThat(html(main)).doesNotContain("partial-" + o.id());
        }
        // 1995 is published (China Today's "US $847 million"): the gap before 2012 is in two parts
        assertThat(markup("trade-gaps").text()).contains("1993–1994").contains("1996–2011").contains("2014–2021");
        // the partner side's figures, each with what it is, and the published reasons for the gap
        Observation edb = data().observation("trade-2024-usd-edb").orElseThrow();
        assertThat(markupElement("partner-" + edb.id()).text()).contains(format.value(edb));
        assertThat(markupElement("why-transit").text()).contains("transit");
        // 2013's conversion says it is one, made in the year it was published
        assertThat(markupElement("not-exact-trade-2013-usd").text()).contains("≈ US$43.48 bn").contains("2025").contains("conversion");
    }

    /** The card's text blocks as markup, as the browser gets them. */
    private static String html(Section card) {
        return _find(card, MarkupBlock.class).stream().map(MarkupBlock::innerHtml).reduce("", String::concat);
    }

    @Test
    void recordIsAnnotatedAtTheHighestPublishedValue() {
        ChartOptions options = _get(ApexChart.class, spec -> spec.withId("chart-trade-volume")).getOptions();
        BigDecimal highest = options.series().get(0).data().stream()
                .map(ChartOptions.Point::y).filter(Objects::nonNull).map(BigDecimal.class::cast)
                .max(BigDecimal::compareTo).orElseThrow();
        ChartOptions.PointAnnotation record = options.annotations().points().get(0);
        assertThat(record.y()).isEqualTo(highest);
        assertThat(record.label().text()).contains("Record").contains(highest.toPlainString());
    }

    @Test
    void yearsWithoutAFigureBreakTheLineInsteadOfBeingInterpolated() {
        List<ChartOptions.Point> data = _get(ApexChart.class, spec -> spec.withId("chart-trade-volume"))
                .getOptions().series().get(0).data();
        for (int i = 1; i < data.size(); i++) {
            ChartOptions.Point previous = data.get(i - 1);
            ChartOptions.Point point = data.get(i);
            if (previous.y() != null && point.y() != null) {
                assertThat((Integer) point.x()).as("consecutive drawn years are joined only when adjacent")
                        .isEqualTo((Integer) previous.x() + 1);
            }
        }
    }

    @Test
    void theSecondPublished2024ValueIsItsOwnPoint() {
        // FACTS.md: Yicai converts 674.15 billion yuan to 93.8 billion USD, beside the article's 94.8; data/ also
        // holds Kazinform's 94.82 and the Eurasian Development Bank's 66.2 for 2024 (docs/DATA-COVERAGE.md).
        // Each of China's values is its own bar on the every-figure chart (each tooltip reachable, none covering
        // another); the EDB's partner-side figure is set against China's on the customs-and-partners chart.
        ChartOptions every = _get(ApexChart.class, spec -> spec.withId("chart-" + TradeEveryFigureChart.ID)).getOptions();
        assertThat(every.series()).flatExtracting(ChartOptions.Series::data)
                .filteredOn(p -> p.y() != null && p.x().toString().startsWith("2024 "))
                .extracting(ChartOptions.Point::y)
                .containsExactlyInAnyOrder(new BigDecimal("94.82"), new BigDecimal("94.8"), new BigDecimal("93.8"));
        ChartOptions sides = _get(ApexChart.class, spec -> spec.withId("chart-" + CustomsAndPartnersChart.ID)).getOptions();
        assertThat(sides.series().get(1).data()).extracting(ChartOptions.Point::y).contains(new BigDecimal("66.2"));
        assertThat(_get(ApexChart.class, spec -> spec.withId("chart-trade-volume")).getOptions().series())
                .flatExtracting(ChartOptions.Series::data).extracting(ChartOptions.Point::y)
                .doesNotContain(new BigDecimal("66.2"), new BigDecimal("93.8"));
    }

    @Test
    void theSourcePanelNamesTheFiguresOwnStatisticsTheSourceNoteAndLinksThePage() {
        // the headline figure's sentence names customs statistics; the investment figure's sentence names none
        String headline = tradeHeadline();
        org.ccfacts.dataset.Observation figure = data().observation(headline).orElseThrow();
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(_get(com.vaadin.flow.component.html.NativeButton.class,
                spec -> spec.withId("kpi-source-" + headline)), "click");
        SourcePanel trade = _get(SourcePanel.class, spec -> spec.withId("source-" + headline));
        org.ccfacts.dataset.Source source = data().source(figure.source()).orElseThrow();
        assertThat(figure.dataFrom()).contains("General Administration of Customs of China (GACC)");
        assertThat(texts(trade)).contains("General Administration of Customs of China (GACC)");
        source.note().ifPresent(note -> assertThat(texts(trade)).contains(note.in("en")));
        assertThat(_find(trade, com.vaadin.flow.component.html.Anchor.class)).extracting(a -> a.getHref())
                .contains(source.url().orElseThrow());
        trade.close();

        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(_get(com.vaadin.flow.component.html.NativeButton.class,
                spec -> spec.withId("kpi-source-" + InvestmentChart.HEADLINE)), "click");
        SourcePanel investment = _get(SourcePanel.class, spec -> spec.withId("source-" + InvestmentChart.HEADLINE));
        assertThat(texts(investment)).doesNotContain("General Administration of Customs");
        org.ccfacts.dataset.Source article = data().source(data().observation(InvestmentChart.HEADLINE).orElseThrow().source()).orElseThrow();
        assertThat(texts(investment)).contains(article.note().orElseThrow().in("en"));
    }
}

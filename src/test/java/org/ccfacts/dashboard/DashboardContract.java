package org.ccfacts.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.ccfacts.about.AboutView;
import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.catalog.InvestmentChart;
import org.ccfacts.catalog.PollsChart;
import org.ccfacts.catalog.TradeByCountryChart;
import org.ccfacts.catalog.TradeVolumeChart;
import org.ccfacts.chart.ApexChart;
import org.ccfacts.chart.ChartOptions;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.dataset.Event;
import org.ccfacts.dataset.Measure;
import org.ccfacts.dataset.Observation;
import org.ccfacts.dataset.Period;
import org.ccfacts.dataset.Poll;
import org.ccfacts.dataset.Qualifier;
import org.ccfacts.dataset.Source;
import org.ccfacts.export.ExportMenu;
import org.ccfacts.format.FigureFormat;
import org.ccfacts.frame.MainLayout;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;

import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What the dashboard must show for whatever dataset it is given: every expectation is derived from
 * the {@link DatasetService}'s data, so the same checks run on the real data and on a changed fixture.
 */
abstract class DashboardContract {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @Autowired
    protected DatasetService datasetService;

    @Autowired
    protected ChartCatalog catalog;

    protected final FigureFormat format = new FigureFormat(Locale.ENGLISH);

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.ccfacts");
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        UI.getCurrent().navigate(DashboardView.class);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    protected Dataset data() {
        return datasetService.current();
    }

    /** The observation on the trade headline card: the main figure of the newest whole year drawn. */
    protected String tradeHeadline() {
        return TradeVolumeChart.headline(data()).orElseThrow().id();
    }

    protected static String figureOf(String cardId) {
        return kpiTop(cardId).selectFirst(".cc-kpi-value").wholeText();
    }

    /** The figure and badge of a headline card, parsed from its text block. */
    protected static org.jsoup.nodes.Element kpiTop(String cardId) {
        KpiCard card = _get(KpiCard.class, spec -> spec.withId("kpi-" + cardId));
        return Jsoup.parseBodyFragment(_get(card, MarkupBlock.class, spec -> spec.withClasses("cc-kpi-top")).innerHtml()).body();
    }

    protected static ChartOptions optionsOf(String chartId) {
        return _get(ApexChart.class, spec -> spec.withId("chart-" + chartId)).getOptions();
    }

    // ---- header -----------------------------------------------------------------------------------

    @Test
    void headerShowsTheServedVersionAndWhenItWasLoadedAndLeavesRoomForLanguages() {
        var status = datasetService.status();
        assertThat(_get(Span.class, spec -> spec.withId("dataset-version")).getText()).contains(status.version());
        // the load time is shown as the load time; "data as of" is the newest figure's date (DataAsOfTest)
        assertThat(_get(Span.class, spec -> spec.withId("data-loaded-at")).getText())
                .contains(MainLayout.LOAD_TIME.format(status.loadedAt()));
        assertThat(_get(Span.class, spec -> spec.withId("data-as-of")).getText())
                .doesNotContain(MainLayout.LOAD_TIME.format(status.loadedAt()));
        assertThat(_get(Div.class, spec -> spec.withId("language-switch"))).isNotNull();
        assertThat(_get(NativeButton.class, spec -> spec.withId("theme-toggle")).getText()).isNotBlank();
    }

    // ---- KPI cards --------------------------------------------------------------------------------

    @Test
    void kpiCardsShowTheDatasetFiguresInTheCommonFormat() {
        for (String id : List.of(tradeHeadline(), InvestmentChart.HEADLINE)) {
            Observation o = data().observation(id).orElseThrow();
            assertThat(figureOf(id)).isEqualTo(format.value(o));
        }
        for (String id : PollsChart.HEADLINES) {
            Poll p = data().poll(id).orElseThrow();
            assertThat(figureOf(id)).isEqualTo(format.percent(p.share()));
        }
    }

    @Test
    void theInvestmentCardIsALowerBoundNeverABareNumber() {
        Observation investment = data().observation(InvestmentChart.HEADLINE).orElseThrow();
        assertThat(investment.qualifier()).isEqualTo(Qualifier.LOWER_BOUND);
        assertThat(figureOf(InvestmentChart.HEADLINE)).startsWith("> ")
                .endsWith(format.number(investment.value()) + " bn");
    }

    @Test
    void theTradeCardIsMarkedRecordOnlyWhenItIsTheHighestWholeYear() {
        Observation trade = data().observation(tradeHeadline()).orElseThrow();
        // compared by place on the axis: 1992's "460" is millions, not the highest figure
        BigDecimal highest = TradeVolumeChart.mainSeries(data()).stream().map(Observation::inBillions)
                .max(BigDecimal::compareTo).orElseThrow();
        org.jsoup.nodes.Element badge = kpiTop(tradeHeadline()).selectFirst(".cc-kpi-badge");
        boolean badged = badge != null;
        if (badged) {
            assertThat(badge.attr("theme")).isEqualTo("badge success");
            assertThat(badge.wholeText()).isEqualTo(UI.getCurrent().getTranslation("kpi.trade.record"));
        }
        assertThat(badged).isEqualTo(highest.compareTo(trade.inBillions()) == 0);
    }

    @Test
    void theTradeCardIsTheNewestWholeYearAndItsPanelNamesTheOtherFiguresPublishedForIt() {
        Observation newest = TradeVolumeChart.mainSeries(data()).stream()
                .max(java.util.Comparator.comparing(o -> o.period().year())).orElseThrow();
        assertThat(figureOf(newest.id())).isEqualTo(format.value(newest));
        KpiCard card = _get(KpiCard.class, spec -> spec.withId("kpi-" + newest.id()));
        assertThat(Jsoup.parseBodyFragment(_get(card, MarkupBlock.class, spec -> spec.withClasses("cc-kpi-label")).innerHtml()).text())
                .isEqualTo(UI.getCurrent().getTranslation("kpi.trade.label", format.period(newest.period())));

        BasicUtilsKt._fireDomEvent(_get(NativeButton.class, spec -> spec.withId("kpi-source-" + newest.id())), "click");
        SourcePanel panel = _get(SourcePanel.class, spec -> spec.withId("source-" + newest.id()));
        List<Observation> others = data().observationsOf(newest.measure()).stream()
                .filter(o -> !o.id().equals(newest.id()) && o.period().equals(newest.period()) && o.country().isEmpty()).toList();
        assertThat(others).as("the data publish a second figure for the newest year").isNotEmpty();
        String also = texts(_get(panel, Div.class, spec -> spec.withId("source-also-" + newest.id())));
        for (Observation other : others) {
            assertThat(also).contains(format.value(other)).contains(data().source(other.source()).orElseThrow().publisher());
        }
    }

    @Test
    void theSourcePanelTellsPublisherMeasureBoundAndTheArabicQuote() {
        Observation o = data().observation(InvestmentChart.HEADLINE).orElseThrow();
        assertThat(_find(SourcePanel.class)).as("no panel is on the page before it is asked for").isEmpty();
        BasicUtilsKt._fireDomEvent(_get(NativeButton.class, spec -> spec.withId("kpi-source-" + o.id())), "click");

        SourcePanel panel = _get(SourcePanel.class, spec -> spec.withId("source-" + o.id()));
        assertThat(panel.isOpened()).isTrue();
        String text = texts(panel);
        Source source = data().source(o.source()).orElseThrow();
        Measure measure = data().measure(o.measure()).orElseThrow();
        assertThat(text).contains(source.publisher()).contains(measure.definition().in("en"))
                .contains(panel.getTranslation("qualifier.lower-bound")).contains(new org.ccfacts.format.FigureFormat(java.util.Locale.ENGLISH).period(o.period()));
        Paragraph quote = _get(panel, Paragraph.class, spec -> spec.withClasses("cc-quote"));
        assertThat(quote.getText()).isEqualTo(o.quote().orElseThrow());
        assertThat(quote.getElement().getAttribute("lang")).isEqualTo("ar");
        assertThat(quote.getElement().getAttribute("dir")).isEqualTo("rtl");
    }

    @Test
    void thePollPanelGivesQuestionAndPollsterAndNoInventedSample() {
        Poll p = data().poll(PollsChart.HEADLINES.get(1)).orElseThrow();
        BasicUtilsKt._fireDomEvent(_get(NativeButton.class, spec -> spec.withId("kpi-source-" + p.id())), "click");

        SourcePanel panel = _get(SourcePanel.class, spec -> spec.withId("source-" + p.id()));
        assertThat(texts(panel)).contains(p.question().in("en")).contains(p.pollster())
                .contains(panel.getTranslation("source.no-sample"));
        assertThat(_get(panel, Paragraph.class, spec -> spec.withClasses("cc-quote")).getText())
                .isEqualTo(p.quote().orElseThrow());
    }

    @Test
    void aChartsExportMenuIsBuiltWhenAskedFor() {
        assertThat(_find(ExportMenu.class)).as("no menu is sent with the page").isEmpty();
        String chartId = catalog.all().get(0).id();
        NativeButton toggle = _get(NativeButton.class, spec -> spec.withId(chartId + "-export-toggle"));
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");

        BasicUtilsKt._fireDomEvent(toggle, "click");

        assertThat(_find(ExportMenu.class)).hasSize(1);
        assertThat(_get(Div.class, spec -> spec.withId(chartId + "-export")).isVisible()).isTrue();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        BasicUtilsKt._fireDomEvent(toggle, "click");
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void theSourcePanelClosesAndLeavesThePage() {
        BasicUtilsKt._fireDomEvent(_get(NativeButton.class, spec -> spec.withId("kpi-source-" + tradeHeadline())), "click");
        SourcePanel panel = _get(SourcePanel.class);

        ButtonKt._click(_get(panel, NativeButton.class, spec -> spec.withId("source-close")));
        assertThat(panel.isOpened()).isFalse();
        // the browser confirms with the dialog's "close" event (also sent on Escape)
        ElementUtilsKt._fireDomEvent(panel.getElement(), new DomEvent(panel.getElement(), "close", JsonNodeFactory.instance.objectNode()));

        assertThat(_find(SourcePanel.class)).isEmpty();
    }

    // ---- charts -----------------------------------------------------------------------------------

    @Test
    void everyCatalogChartIsShownAndLinksToItsOwnPage() {
        for (ChartDefinition chart : catalog.all()) {
            assertThat(optionsOf(chart.id()).series()).as(chart.id()).isNotEmpty();
            assertThat(markupElement("open-" + chart.id()).attr("href")).isEqualTo("chart/" + chart.id());
        }
    }

    @Test
    void tradeChartDrawsEveryWholeYearUsdFigureAndNothingElse() {
        ChartOptions options = optionsOf(TradeVolumeChart.ID);
        List<Object> drawnYears = options.series().get(0).data().stream().filter(p -> p.y() != null)
                .map(ChartOptions.Point::x).toList();
        List<Object> usdYears = data().observationsOf(TradeVolumeChart.MEASURE).stream()
                .filter(o -> o.country().isEmpty() && o.currency().orElse("").equals("USD")
                        && o.period().kind() == Period.Kind.YEAR)
                .map(o -> (Object) o.period().year()).distinct().toList();
        assertThat(drawnYears).containsExactlyElementsOf(usdYears);
        assertThat(options.series()).flatExtracting(ChartOptions.Series::data)
                .allSatisfy(p -> assertThat(p.currency()).isIn(null, "USD"));
    }

    @Test
    void thePartYearFigureIsShownApartAndNeverDrawn() {
        List<Observation> partial = TradeVolumeChart.partialYears(data());
        assertThat(partial).isNotEmpty();
        for (Observation o : partial) {
            assertThat(markupElement("partial-" + o.id()).text()).contains(format.value(o));
            assertThat(optionsOf(TradeVolumeChart.ID).series()).flatExtracting(ChartOptions.Series::data)
                    .noneMatch(p -> o.value().equals(p.y()));
        }
    }

    @Test
    void tradeByCountryIsSortedAndShowsThePartnersOwnFigureToo() {
        ChartOptions options = optionsOf(TradeByCountryChart.ID);
        List<BigDecimal> customs = options.series().get(0).data().stream().map(ChartOptions.Point::y)
                .filter(Objects::nonNull).map(BigDecimal.class::cast).toList();
        List<BigDecimal> expected = TradeByCountryChart.chinaCustoms(data()).stream().map(Observation::value).toList();
        assertThat(customs).containsExactlyElementsOf(expected);
        assertThat(customs).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        List<Observation> national = TradeByCountryChart.otherStatistics(data());
        assertThat(national).isNotEmpty();
        assertThat(options.series().get(1).data().stream().map(ChartOptions.Point::y).filter(Objects::nonNull))
                .containsExactlyElementsOf(national.stream().map(o -> (Object) o.value()).toList());
        for (Observation o : national) {
            assertThat(markup("national-" + o.id()).text()).contains(format.value(o));
        }
    }

    @Test
    void investmentDrawsEachMeasureAsItsOwnSeriesAndEveryBoundAsABound() {
        ChartOptions options = optionsOf(InvestmentChart.ID);
        List<Observation> figures = InvestmentChart.figures(data());
        for (int m = 0; m < InvestmentChart.MEASURES.size(); m++) {
            String measure = InvestmentChart.MEASURES.get(m);
            List<Object> drawn = options.series().get(m).data().stream().map(ChartOptions.Point::y)
                    .filter(Objects::nonNull).toList();
            assertThat(drawn).as(measure).containsExactlyElementsOf(figures.stream()
                    .filter(o -> o.measure().equals(measure)).map(o -> (Object) o.value()).toList());
        }
        // each drawn stock carries its own qualifier: "more than" stays a bound, "almost" an approximation
        assertThat(options.series().get(0).data()).filteredOn(p -> p.y() != null).extracting(ChartOptions.Point::qualifier)
                .containsExactlyElementsOf(figures.stream().filter(o -> o.measure().equals(InvestmentChart.MEASURES.get(0)))
                        .map(o -> o.qualifier().code()).toList());
        // no drawn open end (a fixed-length fade read as a range), and every bound's label, at its bar's end, says
        // "more than" (it was the category's third line, which ran into the next row in Russian exports and slides)
        assertThat(options.series()).hasSize(InvestmentChart.MEASURES.size());
        for (int i = 0; i < figures.size(); i++) {
            if (figures.get(i).qualifier() == Qualifier.LOWER_BOUND) {
                int m = InvestmentChart.MEASURES.indexOf(figures.get(i).measure());
                assertThat(options.series().get(m).data().get(i).label()).startsWith("more than ")
                        .contains(format.number(figures.get(i).value()));
            }
        }
    }

    @Test
    void pollsChartAndQuestionsComeFromTheDataset() {
        List<Object> shares = optionsOf("polls").series().get(0).data().stream().map(ChartOptions.Point::y).toList();
        assertThat(shares).containsExactlyElementsOf(data().polls().stream().map(p -> (Object) p.share()).toList());
        List<String> items = markup("poll-questions").children().eachText();
        assertThat(items).hasSameSizeAs(data().polls());
        for (int i = 0; i < data().polls().size(); i++) {
            Poll p = data().polls().get(i);
            assertThat(items.get(i)).contains(format.percent(p.share())).contains(p.question().in("en"))
                    .contains(p.pollster());
        }
    }

    @Test
    void roadTransportShowsOnlyThePublishedYears() {
        List<ChartOptions.Point> points = optionsOf("road-transport").series().get(0).data();
        List<Observation> published = data().observationsOf("road-transport-share");
        assertThat(points).extracting(ChartOptions.Point::x)
                .containsExactlyElementsOf(published.stream().map(o -> (Object) o.period().toString()).toList());
        assertThat(points).extracting(ChartOptions.Point::y)
                .containsExactlyElementsOf(published.stream().map(o -> (Object) o.value()).toList());
    }

    @Test
    void scheduledEventsAreMarkedScheduledInTheChartAndTheList() {
        ChartOptions options = optionsOf("summit-timeline");
        List<Event> events = data().timeline();
        long scheduled = events.stream().filter(e -> e.status() == Event.Status.SCHEDULED).count();
        assertThat(scheduled).isPositive();
        assertThat(options.series().get(0).data()).hasSize((int) (events.size() - scheduled));
        assertThat(options.series().get(1).data()).hasSize((int) scheduled)
                .allSatisfy(p -> assertThat(p.label()).contains("scheduled"));
        assertThat(options.markers().fillOpacity()).containsExactly(1.0, 0.0);
        assertThat(markup("event-list").children()).hasSameSizeAs(events);
        for (Event e : events) {
            org.jsoup.nodes.Element item = markupElement("event-" + e.id());
            boolean isScheduled = e.status() == Event.Status.SCHEDULED;
            assertThat(item.hasClass("cc-event-scheduled")).isEqualTo(isScheduled);
            assertThat(item.selectFirst(".cc-event-status").attr("theme")).isEqualTo(isScheduled ? "badge contrast" : "badge");
            assertThat(item.text()).contains(isScheduled ? "scheduled" : "held").contains(e.title().in("en"))
                    .contains(e.place().map(p -> p.in("en")).orElse(""))
                    .contains(data().source(e.sources().get(0)).orElseThrow().publisher());
        }
    }

    // ---- context and about ------------------------------------------------------------------------

    @Test
    void contextListsEveryItemOfTheDatasetLists() {
        for (String id : List.of("countries", "priority-areas", "cooperation-centres", "cooperation-platforms")) {
            org.jsoup.nodes.Element list = markupElement("list-" + id);
            assertThat(list.tagName()).isEqualTo("ul");
            assertThat(list.children().eachText())
                    .containsExactlyElementsOf(data().list(id).orElseThrow().items().stream()
                            .map(item -> item.label().in("en")).toList());
        }
    }

    @Test
    void aboutPageListsEverySourceEveryMeasureAndTheVersion() {
        UI.getCurrent().navigate(AboutView.class);
        for (Source source : data().sources()) {
            assertThat(texts(_get(Div.class, spec -> spec.withId("about-source-" + source.id()))))
                    .contains(source.publisher());
        }
        for (Measure measure : data().measures()) {
            assertThat(texts(_get(Div.class, spec -> spec.withId("about-measure-" + measure.id()))))
                    .contains(measure.definition().in("en"));
        }
        assertThat(_get(Paragraph.class, spec -> spec.withId("about-version")).getText())
                .contains(datasetService.status().version());
        String rejected = texts(_get(Div.class, spec -> spec.withId("about-rejected")));
        datasetService.status().lastRejected().ifPresentOrElse(
                rejection -> rejection.errors().forEach(error -> assertThat(rejected).contains(error.toString())),
                () -> assertThat(rejected).contains(UI.getCurrent().getTranslation("about.rejected.none")));
    }

    /** The content of the text block with this id, parsed as the browser parses it (StaticMarkup, MarkupBlock). */
    protected static org.jsoup.nodes.Element markup(String blockId) {
        List<MarkupBlock> blocks = _find(MarkupBlock.class, spec -> spec.withId(blockId));
        // a chart's notes are inside the one block of its notes
        return blocks.isEmpty() ? markupElement(blockId) : Jsoup.parseBodyFragment(blocks.get(0).innerHtml()).body();
    }

    /** The one element with this id inside any text block of the page. */
    protected static org.jsoup.nodes.Element markupElement(String id) {
        List<org.jsoup.nodes.Element> found = _find(MarkupBlock.class).stream()
                .map(block -> Jsoup.parseBodyFragment(block.innerHtml()).getElementById(id))
                .filter(Objects::nonNull).toList();
        assertThat(found).as("elements with id %s in the text blocks", id).hasSize(1);
        return found.get(0);
    }

    /** All text under a component, as a person reads it. */
    protected static String texts(Component component) {
        return component.getElement().getTextRecursively();
    }
}

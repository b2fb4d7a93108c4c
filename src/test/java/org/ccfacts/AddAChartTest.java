package org.ccfacts;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.catalog.ExportsAndImportsChart;
import org.ccfacts.chart.ApexChart;
import org.ccfacts.csv.StrictCsv;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.dataset.Observation;
import org.ccfacts.export.DeckExport;
import org.ccfacts.export.ExportTheme;
import org.ccfacts.export.SlideDeck;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Section;

/**
 * README, "Add a chart": a chart is one class in {@code catalog/}, its catalog entry and its texts. A chart
 * registered only in this test's catalog ({@link ExportsAndImportsChart}, drawn from the dashboard fixture)
 * shows on the dashboard with its layout, note and headline, has its own page, a slide in presentation mode,
 * a slide in the deck and a CSV export — without a line for it in the views or exports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ccfacts.data.folder=src/test/resources/datasets/dashboard", "ccfacts.data.watch=false"})
@Import(AddAChartTest.TestCatalog.class)
class AddAChartTest {

    private static final String ID = ExportsAndImportsChart.ID;
    private static final ChartDefinition CHART = new ExportsAndImportsChart();

    /** The product's charts and the new one, which is in no other catalog. */
    @TestConfiguration
    static class TestCatalog {
        @Bean
        @Primary
        ChartCatalog catalogWithANewChart() {
            List<ChartDefinition> charts = new ArrayList<>(new ChartCatalog().all());
            charts.add(CHART);
            return new ChartCatalog(charts);
        }
    }

    private static Routes routes;

    @Autowired
    private ApplicationContext context;
    @Autowired
    private DatasetService datasetService;
    @Autowired
    private ChartCatalog catalog;
    @Autowired
    private DeckExport deckExport;
    @LocalServerPort
    private int port;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.ccfacts");
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    private Dataset data() {
        return datasetService.current();
    }

    @Test
    void theFixtureHasTheFiguresTheChartDraws() {
        assertThat(catalog.all()).contains(CHART);
        assertThat(new ChartCatalog().byId(ID)).as("only the test catalog has it").isEmpty();
        assertThat(ExportsAndImportsChart.figures(data())).hasSize(2);
    }

    @Test
    void theDashboardShowsItWithItsLayoutNoteAndHeadline() {
        UI.getCurrent().navigate("");

        ApexChart chart = _get(ApexChart.class, spec -> spec.withId("chart-" + ID));
        assertThat(chart.getOptions()).isEqualTo(CHART.options(data(), Locale.ENGLISH));
        assertThat(chart.getHeight()).isEqualTo(ExportsAndImportsChart.LAYOUT.heights().card());
        assertThat(_get(Section.class, spec -> spec.withId("card-" + ID)).getClassNames()).contains("cc-wide");

        List<Observation> figures = ExportsAndImportsChart.figures(data());
        String balance = figures.get(0).value().subtract(figures.get(1).value()).toPlainString();
        // the card's notes are in the block under its chart, as the browser gets it
        Section card = _get(Section.class, spec -> spec.withId("card-" + ID));
        org.jsoup.nodes.Element note = _find(card, Component.class).stream()
                .map(c -> c.getElement().getProperty("innerHTML"))
                .filter(java.util.Objects::nonNull)
                .map(html -> Jsoup.parseBodyFragment(html).getElementById("exports-imports-note"))
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        assertThat(note.tagName()).isEqualTo("p");
        assertThat(note.text()).isEqualTo("Balance: " + balance + " bn");

        Div headline = _get(Div.class, spec -> spec.withId("kpi-" + ExportsAndImportsChart.HEADLINE));
        String figure = Jsoup.parseBodyFragment(headline.getChildren().findFirst().orElseThrow().getElement()
                .getProperty("innerHTML")).text();
        assertThat(figure).contains("US$61.4 bn").contains(UI.getCurrent().getTranslation("kpi.trade.record"));
    }

    @Test
    void itHasItsOwnPageWithItsPageHeight() {
        UI.getCurrent().navigate("chart/" + ID);

        assertThat(_find(H1.class, spec -> spec.withText(CHART.title(Locale.ENGLISH)))).hasSize(1);
        ApexChart chart = _get(ApexChart.class, spec -> spec.withId("chart-" + ID));
        assertThat(chart.getOptions()).isEqualTo(CHART.options(data(), Locale.ENGLISH));
        assertThat(chart.getHeight()).isEqualTo(ExportsAndImportsChart.LAYOUT.heights().page());
    }

    @Test
    void presentationModeReachesItInCatalogOrder() {
        UI.getCurrent().navigate("present");
        for (int i = 1; i < catalog.all().size(); i++) {
            ButtonKt._click(_find(Button.class).stream()
                    .filter(b -> "next".equals(b.getElement().getAttribute("data-present"))).findFirst().orElseThrow());
        }

        ApexChart chart = _get(ApexChart.class, spec -> spec.withId("present-chart-" + ID));
        assertThat(chart.getOptions()).isEqualTo(CHART.options(data(), Locale.ENGLISH));
        assertThat(chart.getHeight()).isEqualTo(ExportsAndImportsChart.LAYOUT.heights().presentation());
        assertThat(_find(H1.class, spec -> spec.withText(CHART.title(Locale.ENGLISH)))).hasSize(1);
    }

    @Test
    void theDeckDrawsItAndGivesItASlide() throws IOException {
        UI.getCurrent().navigate("");
        ButtonKt._click(_find(NativeButton.class).stream()
                .filter(b -> "deck".equals(b.getElement().getAttribute("data-export"))).findFirst().orElseThrow());
        // the browser is asked to draw only the charts without a native form (the timeline); this one is built on the server
        List<ApexChart> drawn = _find(ApexChart.class).stream().filter(c -> c.getId().isEmpty()).toList();
        List<ChartDefinition> pictures = deckExport.pictureCharts(catalog.all(), Locale.ENGLISH);
        assertThat(pictures).doesNotContain(CHART).isNotEmpty();
        assertThat(drawn).hasSize(pictures.size());

        byte[] pptx = deckExport.build(catalog.all().stream().map(ChartDefinition::id).toList(),
                Collections.nCopies(pictures.size(), deckImage()), Locale.ENGLISH, "https://facts.example.org/", ExportTheme.LIGHT);
        try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
            XSLFSlide slide = deck.getSlides().get(catalog.all().indexOf(CHART));
            String text = slide.getShapes().stream().filter(XSLFTextShape.class::isInstance)
                    .map(s -> ((XSLFTextShape) s).getText()).collect(Collectors.joining("\n"));
            assertThat(text).contains(CHART.title(Locale.ENGLISH), CHART.subtitle(Locale.ENGLISH),
                    "https://facts.example.org/chart/" + ID);
            assertThat(slide.getShapes()).filteredOn(XSLFPictureShape.class::isInstance).isEmpty();
            // a native chart of its figures, as published, without a line of deck code for it
            XSLFChart chart = slide.getRelations().stream().filter(XSLFChart.class::isInstance).map(XSLFChart.class::cast)
                    .findFirst().orElseThrow();
            List<Double> values = new java.util.ArrayList<>();
            chart.getChartSeries().forEach(data -> {
                for (int s = 0; s < data.getSeriesCount(); s++) {
                    var series = data.getSeries(s).getValuesData();
                    for (int i = 0; i < series.getPointCount(); i++) {
                        if (series.getPointAt(i) != null) {
                            values.add(series.getPointAt(i).doubleValue());
                        }
                    }
                }
            });
            assertThat(values).containsExactlyInAnyOrderElementsOf(
                    ExportsAndImportsChart.figures(data()).stream().map(o -> o.value().doubleValue()).toList());
        }
    }

    @Test
    void itsCsvExportHasTheFiguresItDraws() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/export/" + ID + ".csv?lang=en")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        List<List<String>> table = StrictCsv.parse(response.body().substring(1)); // after the byte-order mark
        int observation = table.get(0).indexOf("observation");
        int value = table.get(0).indexOf("value");
        List<Observation> figures = ExportsAndImportsChart.figures(data());
        assertThat(table.subList(1, table.size())).extracting(line -> line.get(observation))
                .containsExactlyElementsOf(figures.stream().map(Observation::id).toList());
        assertThat(table.subList(1, table.size())).extracting(line -> line.get(value))
                .containsExactlyElementsOf(figures.stream().map(o -> o.value().toPlainString()).toList());
    }

    private static String deckImage() {
        BufferedImage image = new BufferedImage(SlideDeck.IMAGE_WIDTH * SlideDeck.IMAGE_SCALE,
                SlideDeck.IMAGE_HEIGHT * SlideDeck.IMAGE_SCALE, BufferedImage.TYPE_INT_RGB);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

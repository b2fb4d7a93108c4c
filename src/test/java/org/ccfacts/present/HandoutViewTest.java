package org.ccfacts.present;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.catalog.PollsChart;
import org.ccfacts.catalog.TradeVolumeChart;
import org.ccfacts.chart.ApexChart;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.export.ExportCaption;
import org.ccfacts.export.ExportCaptions;
import org.ccfacts.i18n.BundleTranslations;
import org.ccfacts.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.QueryParameters;

/** The PDF handout as the server builds it: one page per chart asked for, in the reader's language. */
@SpringBootTest
class HandoutViewTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private ChartCatalog catalog;

    @Autowired
    private ExportCaptions captions;

    @Autowired
    private DatasetService datasetService;

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    private void open(Language language, String location) {
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("org.ccfacts"), context, UI::new));
        UI.getCurrent().setLocale(language.locale());
        String[] pathAndQuery = location.split("\\?", 2);
        UI.getCurrent().navigate(pathAndQuery[0],
                QueryParameters.fromString(pathAndQuery.length > 1 ? pathAndQuery[1] : ""));
    }

    private static List<Section> pages() {
        return _find(Section.class, spec -> spec.withClasses("handout-page"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void onePagePerChartAskedForInTheOrderAskedWithTitleChartNotesSourceAndPermalink(Language language) {
        List<ChartDefinition> asked = List.of(catalog.byId(PollsChart.ID).orElseThrow(),
                catalog.byId(TradeVolumeChart.ID).orElseThrow());
        open(language, "handout?charts=" + PollsChart.ID + "," + TradeVolumeChart.ID + "," + PollsChart.ID);

        List<Section> pages = pages();
        assertThat(pages).as("each chart once, in the order asked").hasSize(2);
        for (int i = 0; i < asked.size(); i++) {
            ChartDefinition chart = asked.get(i);
            Section page = pages.get(i);
            ExportCaption caption = captions.caption(chart, language.locale(), "/");
            assertThat(page.getElement().getAttribute("data-chart-id")).isEqualTo(chart.id());
            assertThat(_get(page, H2.class).getText()).isEqualTo(chart.title(language.locale()));
            assertThat(_find(page, Paragraph.class).stream().map(Paragraph::getText))
                    .contains(chart.subtitle(language.locale()), caption.source());
            assertThat(_find(page, ListItem.class).stream().map(ListItem::getText).toList())
                    .containsExactlyElementsOf(caption.notes());
            ApexChart drawn = _get(page, ApexChart.class);
            assertThat(drawn.getId()).contains("handout-chart-" + chart.id());
            assertThat(drawn.getWidth()).as("drawn at the size it is printed").isEqualTo(HandoutView.PRINT_WIDTH);
            assertThat(drawn.getOptions()).isEqualTo(chart.options(datasetService.current(), language.locale()));
            assertThat(page.getElement().getTextRecursively()).contains("chart/" + chart.id());
        }
        assertThat(_get(NativeButton.class, spec -> spec.withText(BundleTranslations.get(language.locale(), "handout.print")))
                .getElement().hasAttribute("data-handout-print")).isTrue();
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo(BundleTranslations.get(language.locale(), "handout.page-title", 2));
    }

    @Test
    void withoutAChoiceEveryChartIsPrinted() {
        open(Language.EN, "handout");
        assertThat(pages().stream().map(p -> p.getElement().getAttribute("data-chart-id")))
                .containsExactlyElementsOf(catalog.all().stream().map(ChartDefinition::id).toList());
    }

    @Test
    void anEmptyChoiceSaysToChooseAChart() {
        open(Language.RU, "handout?charts=");
        assertThat(pages()).isEmpty();
        _get(Paragraph.class, spec -> spec.withText(BundleTranslations.get(Language.RU.locale(), "handout.none")));
    }

    @Test
    void anUnknownChartIdIsRefusedByNameWithTheChartsThatExist() {
        open(Language.EN, "handout?charts=" + PollsChart.ID + ",no-such-chart");
        assertThat(pages()).isEmpty();
        assertThat(_get(UnknownChartView.class).getElement().getTextRecursively())
                .contains("“no-such-chart”").contains(PollsChart.ID, TradeVolumeChart.ID);
    }
}

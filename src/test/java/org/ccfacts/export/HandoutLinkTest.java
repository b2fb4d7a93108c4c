package org.ccfacts.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Collectors;

import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.catalog.PollsChart;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.i18n.BundleTranslations;
import org.ccfacts.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.vaadin.flow.component.html.Anchor;

/** The "PDF handout" link beside the deck button: the charts chosen for the deck, in the page's language. */
class HandoutLinkTest {

    private final ChartCatalog catalog = new ChartCatalog();
    private final DatasetService datasets = TestData.datasetService();
    private final DeckExport deckExport = new DeckExport(catalog, new ExportCaptions(datasets, TestData.CLOCK), datasets);

    @ParameterizedTest
    @EnumSource(Language.class)
    void linksTheHandoutOfEveryChartInThePagesLanguageAndNamesItInThatLanguage(Language language) {
        Anchor link = new ExportAllButton(catalog, datasets, deckExport, language.locale()).handoutLink();
        String all = catalog.all().stream().map(ChartDefinition::id).collect(Collectors.joining(","));
        assertThat(link.getHref()).isEqualTo("handout?lang=" + language.code() + "&charts=" + all);
        assertThat(link.getText()).isEqualTo(BundleTranslations.get(language.locale(), "handout.link"));
        assertThat(link.getTarget()).contains("_blank");
    }

    @Test
    void followsTheChoiceAndIsNoLinkWithNoChartChosen() {
        ExportAllButton button = new ExportAllButton(catalog, datasets, deckExport, Locale.ENGLISH);
        button.choice().uncheck(PollsChart.ID);
        assertThat(button.handoutLink().getHref()).doesNotContain(PollsChart.ID).startsWith("handout?lang=en&charts=");
        catalog.all().forEach(chart -> button.choice().uncheck(chart.id()));
        assertThat(button.handoutLink().getElement().hasAttribute("href")).isFalse();
        assertThat(button.handoutLink().getElement().getAttribute("title"))
                .isEqualTo(BundleTranslations.get(Locale.ENGLISH, "handout.none"));
    }
}

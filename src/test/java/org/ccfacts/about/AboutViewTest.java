package org.ccfacts.about;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.dataset.Observation;
import org.ccfacts.dataset.Source;
import org.ccfacts.i18n.BidiText;
import org.ccfacts.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/**
 * /about on the bundled data/: each source as a reader checks it (title linked to its page, publisher,
 * date, language, the quoted sentences of its figures), its note in the reader's language, and nothing
 * an editor of the repository would write for himself.
 */
@SpringBootTest
class AboutViewTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private DatasetService datasetService;

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    private void open(Language language) {
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("org.ccfacts"), context, UI::new));
        // as after the language switch's page load: the frame is built anew in the chosen language (the
        // presentation page has no frame, so the frame of the first page is not reused)
        UI.getCurrent().navigate("present");
        UI.getCurrent().setLocale(language.locale());
        UI.getCurrent().navigate(AboutView.class);
    }

    private static Div card(String sourceId) {
        return _get(Div.class, spec -> spec.withId("about-source-" + sourceId));
    }

    @Test
    void eachSourceShowsItsTitleLinkedToItsPagePublisherDateAndLanguage() {
        open(Language.EN);
        Div cgtn = card("cgtn-2023-05-16");
        Anchor title = _get(cgtn, Anchor.class, spec -> spec.withText("China, Central Asian countries build up strong economic and trade ties"));
        assertThat(title.getHref()).isEqualTo("https://news.cgtn.com/news/2023-05-16/China-Central-Asian-countries-build-up-strong-economic-and-trade-ties-1jQStiZWRBS/index.html");
        assertThat(cgtn.getElement().getTextRecursively()).contains("Publisher: CGTN", "Published: " + BidiText.isolate("2023-05-16"), "Language: English");
        assertThat(card("cgtn-ar-2025-06-summit").getElement().getTextRecursively()).contains("Language: Arabic");

        Dataset data = datasetService.current();
        for (Source source : data.sources()) {
            if (source.title().isPresent() && source.url().isPresent()) {
                H3 heading = _get(card(source.id()), H3.class);
                Anchor link = _get(heading, Anchor.class);
                assertThat(link.getHref()).as(source.id()).isEqualTo(source.url().get());
                assertThat(link.getText()).as(source.id()).isEqualTo(source.title().get());
            }
        }
        // a page whose headline was not found says so rather than showing nothing or guessing
        assertThat(_get(card("peoplesdaily-2013-10-15"), H3.class).getElement().getTextRecursively()).isEqualTo("Headline not found");
    }

    @Test
    void eachSourceShowsTheQuotedSentencesOfItsFiguresOrWhatItIsCitedFor() {
        open(Language.EN);
        Dataset data = datasetService.current();
        for (Observation o : data.observations()) {
            assertThat(card(o.source()).getElement().getTextRecursively()).as(o.id()).contains(o.quote().orElseThrow());
        }
        assertThat(card("usc-speech-archive").getElement().getTextRecursively())
                .contains("Cited for the timeline:").contains("Xi Jinping proposes the Silk Road Economic Belt");
        String page = _get(Div.class, spec -> spec.withId("about-sources")).getElement().getTextRecursively();
        assertThat(page).doesNotContain("No sentence of this source is quoted");
    }

    @Test
    void notesAreInTheReadersLanguageAndNoRepositoryPathIsShown() {
        open(Language.AR);
        Source cgtn = datasetService.current().source("cgtn-2023-05-16").orElseThrow();
        assertThat(card(cgtn.id()).getElement().getTextRecursively())
                .contains("العنوان مأخوذ من عنوان الصفحة الإلكتروني.")
                .doesNotContain(cgtn.note().orElseThrow().in("en"));
        for (Language language : Language.values()) {
            MockVaadin.tearDown();
            open(language);
            String page = UI.getCurrent().getElement().getTextRecursively();
            assertThat(page).as(language.code()).doesNotContain("data/").doesNotContain("docs/").doesNotContain(".yaml");
            assertThat(_find(H3.class)).isNotEmpty();
        }
    }
}

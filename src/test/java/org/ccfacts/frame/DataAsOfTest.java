package org.ccfacts.frame;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.ccfacts.about.AboutView;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.i18n.BidiText;
import org.ccfacts.i18n.BundleTranslations;
import org.ccfacts.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

/**
 * The header says how current the data is by the publication date of its newest figure, and shows the
 * time the server read the files as what it is: readers took the load time for the date of the data.
 */
@SpringBootTest
class DataAsOfTest {

    /** The newest publication cited by a figure in data/: the foreign ministry spokesperson on 2025 trade (Xinhua, 2026-01-19). */
    private static final String NEWEST_FIGURE = "2026-01-19";

    @Autowired
    private ApplicationContext context;

    @Autowired
    private DatasetService datasetService;

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theHeaderShowsTheDateOfTheNewestFigureAndTheLoadTimeAsTheLoadTime(Language language) {
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("org.ccfacts"), context, UI::new));
        // as after the language switch's page load: the frame is built anew in the chosen language (the
        // presentation page has no frame, so the frame of the first page is not reused)
        UI.getCurrent().navigate("present");
        UI.getCurrent().setLocale(language.locale());
        UI.getCurrent().navigate(AboutView.class);

        String loadTime = MainLayout.LOAD_TIME.format(datasetService.status().loadedAt());
        String asOf = _get(Span.class, spec -> spec.withId("data-as-of")).getText();
        // the date is isolated so that Arabic text does not reorder it
        assertThat(asOf).isEqualTo(BundleTranslations.get(language.locale(), "header.as-of", BidiText.isolate(NEWEST_FIGURE)))
                .doesNotContain(loadTime);
        assertThat(_get(Span.class, spec -> spec.withId("data-loaded-at")).getText())
                .isEqualTo(BundleTranslations.get(language.locale(), "header.loaded-at", BidiText.isolate(loadTime)));
        if (language != Language.EN) {
            assertThat(asOf).as("labelled in the reader's language")
                    .isNotEqualTo(BundleTranslations.get(Language.EN.locale(), "header.as-of", BidiText.isolate(NEWEST_FIGURE)));
        }
    }
}

package org.ccfacts.i18n;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;

class LanguageSwitchTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes().autoDiscoverViews("testroutes"));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void switchingKeepsTheRouteAndItsParametersAndSetsLang() {
        UI.getCurrent().navigate("switch-host", new QueryParameters(Map.of("year", List.of("2024"), "lang", List.of("en"))));

        String url = LanguageSwitch.urlFor(UI.getCurrent(), Language.AR);

        assertThat(url).startsWith("switch-host?").contains("year=2024").contains("lang=ar").doesNotContain("lang=en");
    }

    @Test
    void linksEveryLanguageNamedInItselfAndMarksTheCurrentOne() {
        UI.getCurrent().setLocale(Language.RU.locale());
        UI.getCurrent().navigate("switch-host", new QueryParameters(Map.of("year", List.of("2024"))));

        Div group = _get(Div.class, spec -> spec.withId("language-switch"));
        assertThat(group.getElement().getAttribute("aria-label"))
                .isEqualTo(new BundleTranslations().getTranslation("language.switch.label", Language.RU.locale()));
        List<Anchor> links = _find(group, Anchor.class);
        assertThat(links).extracting(Anchor::getText).containsExactly("English", "العربية", "中文（简体）", "Русский");
        for (int i = 0; i < links.size(); i++) {
            Language language = Language.values()[i];
            Anchor link = links.get(i);
            assertThat(link.getHref()).isEqualTo(LanguageSwitch.urlFor(UI.getCurrent(), language)).contains("year=2024");
            assertThat(link.getElement().getAttribute("lang")).isEqualTo(language.documentTag());
            assertThat(link.getElement().getAttribute("dir")).isEqualTo(language.rightToLeft() ? "rtl" : "ltr");
            assertThat(link.getElement().hasAttribute("router-ignore")).as("a new page load, not a route change").isTrue();
            assertThat(link.getElement().getAttribute("aria-current")).isEqualTo(language == Language.RU ? "true" : null);
        }
    }
}

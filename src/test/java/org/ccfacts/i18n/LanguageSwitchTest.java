package org.ccfacts.i18n;

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
import com.vaadin.flow.component.select.Select;
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
    void showsTheCurrentLanguageWithAnAccessibleNameInTheUisLanguage() {
        UI.getCurrent().setLocale(Language.RU.locale());
        UI.getCurrent().navigate("switch-host");

        @SuppressWarnings("unchecked")
        Select<Language> select = _get(Select.class, spec -> spec.withId("language-switch"));
        assertThat(select.getValue()).isEqualTo(Language.RU);
        assertThat(select.getAriaLabel()).contains(new BundleTranslations().getTranslation("language.switch.label", Language.RU.locale()));
        assertThat(select.getListDataView().getItems().map(Language::nativeName).toList())
                .containsExactly("English", "العربية", "中文（简体）", "Русский");
    }
}

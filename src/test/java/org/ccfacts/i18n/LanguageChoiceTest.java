package org.ccfacts.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LanguageChoiceTest {

    private static final List<Locale> RUSSIAN_BROWSER = List.of(Locale.forLanguageTag("ru-RU"), Locale.ENGLISH);

    @Test
    void parameterWinsOverCookieAndBrowser() {
        assertThat(LanguageChoice.resolve(Optional.of("ar"), Optional.of("zh"), RUSSIAN_BROWSER)).isEqualTo(Language.AR);
    }

    @Test
    void rememberedChoiceWinsOverBrowser() {
        assertThat(LanguageChoice.resolve(Optional.empty(), Optional.of("zh"), RUSSIAN_BROWSER)).isEqualTo(Language.ZH);
    }

    @Test
    void firstBrowserLanguageWeHaveIsUsed() {
        List<Locale> browser = List.of(Locale.forLanguageTag("fr-FR"), Locale.forLanguageTag("zh-TW"), Locale.ENGLISH);
        assertThat(LanguageChoice.resolve(Optional.empty(), Optional.empty(), browser)).isEqualTo(Language.ZH);
        assertThat(LanguageChoice.resolve(Optional.empty(), Optional.empty(), RUSSIAN_BROWSER)).isEqualTo(Language.RU);
    }

    @Test
    void unknownCodesAreIgnoredAndEnglishIsTheLastResort() {
        assertThat(LanguageChoice.resolve(Optional.of("xx"), Optional.of("<script>"), List.of(Locale.GERMAN))).isEqualTo(Language.EN);
        assertThat(LanguageChoice.resolve(Optional.of(" AR "), Optional.empty(), List.of())).isEqualTo(Language.AR);
    }

    @Test
    void arabicIsRightToLeftWithWesternDigitsAndChineseIsSimplified() {
        assertThat(Language.AR.rightToLeft()).isTrue();
        assertThat(Language.AR.locale().getUnicodeLocaleType("nu")).isEqualTo("latn");
        assertThat(Language.ZH.documentTag()).isEqualTo("zh-CN");
        assertThat(List.of(Language.EN, Language.ZH, Language.RU)).noneMatch(Language::rightToLeft);
    }

    @Test
    void textInAnyRightToLeftLanguageIsMarkedSoWhateverItsRegionOrCase() {
        // a source may be in a language the product does not offer (Persian), or name a region (ar-EG)
        assertThat(List.of("ar", "fa", "he", "ur", "ar-EG", "FA")).allMatch(tag -> Language.directionOf(tag).equals("rtl"));
        assertThat(List.of("en", "ru", "zh-CN", "kk", "uz")).allMatch(tag -> Language.directionOf(tag).equals("ltr"));
        assertThat(Language.values()).allMatch(l -> Language.directionOf(l.code()).equals(l.rightToLeft() ? "rtl" : "ltr"));
    }
}

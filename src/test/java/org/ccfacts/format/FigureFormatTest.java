package org.ccfacts.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.ccfacts.dataset.Qualifier;
import org.junit.jupiter.api.Test;

/** The written form of the article's figures (FACTS.md) in each language: the contract the chart presets mirror. */
class FigureFormatTest {

    private static final Locale AR = Locale.forLanguageTag("ar");
    private static final Locale ZH = Locale.forLanguageTag("zh-CN");
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final char NBSP = '\u00A0';

    private static String money(Locale locale, String value, String currency, Qualifier qualifier) {
        return new FigureFormat(locale).money(new BigDecimal(value), currency, qualifier);
    }

    @Test
    void englishKeepsSymbolBeforeAndBoundAsSign() {
        assertThat(money(Locale.ENGLISH, "94.8", "USD", Qualifier.EXACT)).isEqualTo("US$94.8 bn");
        assertThat(money(Locale.ENGLISH, "30", "USD", Qualifier.LOWER_BOUND)).isEqualTo("> US$30 bn");
        assertThat(money(Locale.ENGLISH, "43.48", "USD", Qualifier.APPROXIMATE)).isEqualTo("≈ US$43.48 bn");
        assertThat(money(Locale.ENGLISH, "674.15", "CNY", Qualifier.EXACT)).isEqualTo("CN¥674.15 bn");
        assertThat(new FigureFormat(Locale.ENGLISH).percent(new BigDecimal("92.4"))).isEqualTo("92.4 %");
    }

    @Test
    void arabicUsesWesternDigitsAsTheArticleDoesAndWordsForBounds() {
        // the article: "94.8 مليار دولار", "أكثر من 30 مليار دولار", "90%"
        assertThat(money(AR, "94.8", "USD", Qualifier.EXACT)).isEqualTo("94.8 مليار دولار");
        assertThat(money(AR, "30", "USD", Qualifier.LOWER_BOUND)).isEqualTo("أكثر من 30 مليار دولار");
        assertThat(money(AR, "43.48", "USD", Qualifier.APPROXIMATE)).isEqualTo("نحو 43.48 مليار دولار");
        assertThat(money(AR, "312.04", "CNY", Qualifier.EXACT)).isEqualTo("312.04 مليار يوان");
        assertThat(new FigureFormat(AR).percent(new BigDecimal("90"))).isEqualTo("90%");
        // whatever Arabic locale a caller passes (Java alone would write ٩٤٫٨)
        assertThat(money(Locale.forLanguageTag("ar-EG"), "94.8", "USD", Qualifier.EXACT)).doesNotContain("٩", "٤", "٫");
    }

    @Test
    void chineseCountsInYiByAnExactDecimalShift() {
        assertThat(money(ZH, "94.8", "USD", Qualifier.EXACT)).isEqualTo("948亿美元");
        assertThat(money(ZH, "0.46", "USD", Qualifier.EXACT)).isEqualTo("4.6亿美元");
        assertThat(money(ZH, "30", "USD", Qualifier.LOWER_BOUND)).isEqualTo("超过300亿美元");
        assertThat(money(ZH, "43.48", "USD", Qualifier.APPROXIMATE)).isEqualTo("约434.8亿美元");
        assertThat(money(ZH, "674.15", "CNY", Qualifier.EXACT)).isEqualTo("6,741.5亿元");
        assertThat(new FigureFormat(Locale.CHINESE).percent(new BigDecimal("92.4"))).isEqualTo("92.4%");
    }

    @Test
    void russianUsesDecimalCommaAndNoBreakSpaces() {
        assertThat(money(RU, "94.8", "USD", Qualifier.EXACT)).isEqualTo("94,8" + NBSP + "млрд долл. США");
        assertThat(money(RU, "30", "USD", Qualifier.LOWER_BOUND)).isEqualTo("более 30" + NBSP + "млрд долл. США");
        assertThat(money(RU, "43.48", "USD", Qualifier.APPROXIMATE)).isEqualTo("около 43,48" + NBSP + "млрд долл. США");
        assertThat(money(RU, "674.15", "CNY", Qualifier.EXACT)).isEqualTo("674,15" + NBSP + "млрд юаней");
        assertThat(new FigureFormat(RU).percent(new BigDecimal("92.4"))).isEqualTo("92,4" + NBSP + "%");
    }

    @Test
    void aFigurePublishedInMillionsKeepsItsDigitsAndScale() {
        // CGTN: "trade volume between the countries stood at only $460 million" (1992)
        assertThat(new FigureFormat(Locale.ENGLISH).money(new BigDecimal("460"), "USD", "million", Qualifier.EXACT)).isEqualTo("US$460 mn");
        assertThat(new FigureFormat(AR).money(new BigDecimal("460"), "USD", "million", Qualifier.EXACT)).isEqualTo("460 مليون دولار");
        assertThat(new FigureFormat(ZH).money(new BigDecimal("460"), "USD", "million", Qualifier.EXACT)).isEqualTo("4.6亿美元");
        assertThat(new FigureFormat(RU).money(new BigDecimal("460"), "USD", "million", Qualifier.EXACT)).isEqualTo("460" + NBSP + "млн долл. США");
        assertThat(new FigureFormat(Locale.ENGLISH).figure(new BigDecimal("460"), "USD mn", Qualifier.EXACT)).isEqualTo("US$460 mn");
        assertThat(new FigureFormat(Locale.ENGLISH).money(new BigDecimal("94.8"), "USD", "billion", Qualifier.EXACT)).isEqualTo("US$94.8 bn");
    }

    @Test
    void everyPublishedDigitIsKeptInEveryLanguage() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, AR, ZH, RU}) {
            String written = new FigureFormat(locale).number(new BigDecimal("312.045"));
            assertThat(written.replaceAll("[^0-9]", "")).as(locale.toString()).isEqualTo("312045");
        }
    }

    @Test
    void chartRowUnitsChooseTheMatchingForm() {
        FigureFormat ru = new FigureFormat(RU);
        assertThat(ru.figure(new BigDecimal("30"), "USD bn", Qualifier.LOWER_BOUND)).isEqualTo(ru.money(new BigDecimal("30"), "USD", Qualifier.LOWER_BOUND));
        assertThat(ru.figure(new BigDecimal("92.4"), "%", Qualifier.EXACT)).isEqualTo(ru.percent(new BigDecimal("92.4")));
        assertThat(new FigureFormat(ZH).unitName("USD bn")).isEqualTo("亿美元");
        assertThat(new FigureFormat(Locale.ENGLISH).figure(new BigDecimal("5"), "km", Qualifier.EXACT)).isEqualTo("5 km");
    }

    @org.junit.jupiter.api.Test
    void periodsAreWrittenAsPreciselyAsPublishedInEachLanguage() {
        org.ccfacts.dataset.Period year = org.ccfacts.dataset.Period.parse("2024");
        org.ccfacts.dataset.Period part = org.ccfacts.dataset.Period.parse("2025-01..2025-05");
        org.ccfacts.dataset.Period asOf = org.ccfacts.dataset.Period.parse("as of 2025-06");

        assertThat(new FigureFormat(Locale.ENGLISH).period(year)).isEqualTo("2024");
        assertThat(new FigureFormat(Locale.ENGLISH).period(part)).isEqualTo("Jan–May 2025");
        assertThat(new FigureFormat(Locale.ENGLISH).period(asOf)).isEqualTo("as of Jun 2025");
        assertThat(new FigureFormat(AR).period(asOf)).isEqualTo("حتى يونيو 2025");
        assertThat(new FigureFormat(ZH).period(part)).isEqualTo("2025年1–5月");
        assertThat(new FigureFormat(ZH).period(asOf)).isEqualTo("截至2025年6月");
        assertThat(new FigureFormat(RU).period(asOf)).isEqualTo("по состоянию на 06.2025");
        assertThat(new FigureFormat(RU).period(part)).isEqualTo("янв.–май 2025");
    }
}

package org.ccfacts.format;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.ccfacts.dataset.Observation;
import org.ccfacts.dataset.PartialDate;
import org.ccfacts.dataset.Period;
import org.ccfacts.dataset.Qualifier;

/**
 * How a figure is written, the same on cards, tooltips, tables and exports. Mirrors the "money" and
 * "percent" presets of {@code src/main/frontend/apex-chart/formats.ts} (a browser test compares the two). Never rounds:
 * every published digit is shown.
 *
 * <table>
 * <caption>The same figures per language</caption>
 * <tr><th>language</th><th>exact</th><th>lower bound</th><th>approximate</th><th>share</th></tr>
 * <tr><td>en</td><td>US$94.8 bn</td><td>&gt; US$30 bn</td><td>≈ US$43.48 bn</td><td>92.4 %</td></tr>
 * <tr><td>ar</td><td>94.8 مليار دولار</td><td>أكثر من 30 مليار دولار</td><td>نحو 43.48 مليار دولار</td><td>92.4%</td></tr>
 * <tr><td>zh</td><td>948亿美元</td><td>超过300亿美元</td><td>约434.8亿美元</td><td>92.4%</td></tr>
 * <tr><td>ru</td><td>94,8 млрд долл. США</td><td>более 30 млрд долл. США</td><td>около 43,48 млрд долл. США</td><td>92,4 %</td></tr>
 * </table>
 *
 * <p>Decisions: Arabic uses Western digits, as the source article does (the locale is forced to
 * {@code -u-nu-latn}, whatever the caller passes). Chinese counts in 亿 (10<sup>8</sup>), as Chinese
 * sources do: billions are shifted by exactly one decimal place (94.8 bn = 948亿), a decimal shift,
 * never a rounding. Arabic, Chinese and Russian write the qualifier as a word: in right-to-left text
 * "&gt;" is mirrored by the bidi algorithm and would read as "&lt;". Russian separates number and unit
 * with a no-break space so they never wrap apart.
 */
public final class FigureFormat {

    private static final char NBSP = '\u00A0';

    private final String language;
    private final Locale locale;

    public FigureFormat(Locale locale) {
        this.language = switch (locale.getLanguage()) {
            case "ar", "zh", "ru" -> locale.getLanguage();
            default -> "en";
        };
        this.locale = switch (language) {
            case "ar" -> Locale.forLanguageTag("ar-u-nu-latn");
            case "zh" -> Locale.SIMPLIFIED_CHINESE;
            case "ru" -> Locale.forLanguageTag("ru");
            default -> Locale.ENGLISH;
        };
    }

    /**
     * A period as readers of the language write it, as precise as published: "2024", "Jan–May 2025",
     * "as of Jun 2025" ("截至2025年6月", "حتى يونيو 2025", "по состоянию на 06.2025").
     */
    public String period(Period period) {
        return switch (period.kind()) {
            case YEAR -> String.valueOf(period.year());
            case PART_OF_YEAR -> "zh".equals(language)
                    ? period.year() + "年" + period.start().month() + "–" + period.end().month() + "月"
                    : month(period.start(), "MMM") + "–" + month(period.end(), "MMM") + " " + period.year();
            case AS_OF -> asOf(period.start());
        };
    }

    private String asOf(PartialDate date) {
        if (date.precision() == PartialDate.Precision.YEAR) {
            return switch (language) {
                case "ar" -> "حتى " + date.year();
                case "zh" -> "截至" + date.year() + "年";
                case "ru" -> "по состоянию на " + date.year() + " г.";
                default -> "as of " + date.year();
            };
        }
        return switch (language) {
            case "ar" -> "حتى " + month(date, "MMMM") + " " + date.year();
            case "zh" -> "截至" + date.year() + "年" + date.month() + "月";
            case "ru" -> String.format("по состоянию на %02d.%d", date.month(), date.year());
            default -> "as of " + month(date, "MMM") + " " + date.year();
        };
    }

    private String month(PartialDate date, String pattern) {
        if ("zh".equals(language)) {
            return date.month() + "月";
        }
        // standalone month names: "май", not the genitive "мая"
        return java.time.format.DateTimeFormatter.ofPattern(pattern.replace('M', 'L'), locale)
                .format(java.time.YearMonth.of(date.year(), Math.max(1, date.month())));
    }

    /** The value with every published digit, in the language's separators (and always Western digits). */
    public String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }

    /** A money figure published in billions of {@code currency} ("USD" or "CNY"). */
    public String money(BigDecimal billions, String currency, Qualifier qualifier) {
        boolean yuan = "CNY".equals(currency);
        String text = switch (language) {
            case "ar" -> number(billions) + (yuan ? " مليار يوان" : " مليار دولار");
            case "zh" -> number(billions.movePointRight(1)) + (yuan ? "亿元" : "亿美元");
            case "ru" -> number(billions) + NBSP + (yuan ? "млрд юаней" : "млрд долл. США");
            default -> (yuan ? "CN¥" : "US$") + number(billions) + " bn";
        };
        return qualified(text, qualifier);
    }

    /**
     * A money figure in the scale it was published in: "US$460 mn" stays 460 million (Chinese counts
     * it in 亿 by an exact decimal shift: 4.6亿美元), never rewritten as 0.46 billion.
     */
    public String money(BigDecimal value, String currency, String scale, Qualifier qualifier) {
        if (!"million".equals(scale)) {
            return money(value, currency, qualifier);
        }
        boolean yuan = "CNY".equals(currency);
        String text = switch (language) {
            case "ar" -> number(value) + (yuan ? " مليون يوان" : " مليون دولار");
            case "zh" -> number(value.movePointLeft(2)) + (yuan ? "亿元" : "亿美元");
            case "ru" -> number(value) + NBSP + (yuan ? "млн юаней" : "млн долл. США");
            default -> (yuan ? "CN¥" : "US$") + number(value) + " mn";
        };
        return qualified(text, qualifier);
    }

    public String percent(BigDecimal value) {
        return switch (language) {
            case "ar", "zh" -> number(value) + "%";
            case "ru" -> number(value) + NBSP + "%";
            default -> number(value) + " %";
        };
    }

    public String percent(BigDecimal value, Qualifier qualifier) {
        return qualified(percent(value), qualifier);
    }

    /** The observation's value with its unit and qualifier. */
    public String value(Observation o) {
        return o.currency().isPresent() ? money(o.value(), o.currency().get(), o.scale().orElse("billion"), o.qualifier())
                : percent(o.value(), o.qualifier());
    }

    /**
     * A figure given with a chart row's unit ("USD bn", "USD mn", "CNY bn", "%"); any other unit is written
     * after the number as given.
     */
    public String figure(BigDecimal value, String unit, Qualifier qualifier) {
        return switch (unit) {
            case "USD bn" -> money(value, "USD", qualifier);
            case "CNY bn" -> money(value, "CNY", qualifier);
            case "USD mn" -> money(value, "USD", "million", qualifier);
            case "CNY mn" -> money(value, "CNY", "million", qualifier);
            case "%" -> percent(value, qualifier);
            default -> qualified(unit.isBlank() ? number(value) : number(value) + " " + unit, qualifier);
        };
    }

    /** A chart row's unit in words, matching how {@link #figure} writes the value. */
    public String unitName(String unit) {
        return switch (unit) {
            case "USD bn" -> switch (language) {
                case "ar" -> "مليار دولار أمريكي";
                case "zh" -> "亿美元";
                case "ru" -> "млрд долл. США";
                default -> "US$ billion";
            };
            case "CNY bn" -> switch (language) {
                case "ar" -> "مليار يوان صيني";
                case "zh" -> "亿元人民币";
                case "ru" -> "млрд юаней";
                default -> "CN¥ (yuan) billion";
            };
            case "USD mn" -> switch (language) {
                case "ar" -> "مليون دولار أمريكي";
                case "zh" -> "亿美元";
                case "ru" -> "млн долл. США";
                default -> "US$ million";
            };
            default -> unit;
        };
    }

    private String qualified(String text, Qualifier qualifier) {
        return switch (qualifier) {
            case EXACT -> text;
            case LOWER_BOUND -> switch (language) {
                case "ar" -> "أكثر من " + text;
                case "zh" -> "超过" + text;
                case "ru" -> "более " + text;
                default -> "> " + text;
            };
            case APPROXIMATE -> switch (language) {
                case "ar" -> "نحو " + text;
                case "zh" -> "约" + text;
                case "ru" -> "около " + text;
                default -> "≈ " + text;
            };
        };
    }
}

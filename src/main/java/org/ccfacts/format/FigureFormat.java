package org.ccfacts.format;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.ccfacts.dataset.Observation;
import org.ccfacts.dataset.Qualifier;

/**
 * How a figure is written, the same on cards, tooltips and exports ("US$94.8 bn", "> US$30 bn",
 * "92.4 %"). Mirrors the "money" and "percent" presets of {@code frontend/apex-chart.ts}. Never rounds:
 * every published digit is shown.
 */
public final class FigureFormat {

    private final Locale locale;

    public FigureFormat(Locale locale) {
        this.locale = locale;
    }

    public String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }

    public String money(BigDecimal value, String currency, Qualifier qualifier) {
        String symbol = "CNY".equals(currency) ? "CN¥" : "US$";
        return qualified(symbol + number(value) + " bn", qualifier);
    }

    public String percent(BigDecimal value) {
        return number(value) + " %";
    }

    /** The observation's value with its unit and qualifier. */
    public String value(Observation o) {
        return o.currency().isPresent() ? money(o.value(), o.currency().get(), o.qualifier()) : qualified(percent(o.value()), o.qualifier());
    }

    private static String qualified(String text, Qualifier qualifier) {
        return switch (qualifier) {
            case LOWER_BOUND -> "> " + text;
            case APPROXIMATE -> "≈ " + text;
            case EXACT -> text;
        };
    }
}

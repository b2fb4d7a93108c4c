package org.ccfacts.dataset;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One published figure.
 *
 * @param value    as published: never rounded (BigDecimal keeps "312.04" as written)
 * @param currency ISO 4217 code as published ("USD", "CNY") for money; absent for percentages
 * @param scale    "billion" or "million", as the source writes the money figure ("$460 million" stays 460
 *                 million); absent for percentages
 * @param country  ISO 3166-1 alpha-2 code when the figure is for one country; absent for the region
 * @param dataFrom the statistics this figure is, where its page says so ("(data: GACC)"); it is more
 *                 precise than the source's {@link Source#dataFrom()}, which covers every figure of the page
 *                 (a page may quote customs data for one figure and give another of its own)
 * @param quote    the sentence of the source that states the figure, in the source's language. Always
 *                 present in a dataset the reader accepted (required, and the value must stand in it:
 *                 {@link QuotedValue}). The type stays Optional for now so that code written
 *                 against it in parallel keeps compiling; making it a plain String is a follow-up.
 */
public record Observation(String id, String measure, Period period, BigDecimal value, Qualifier qualifier,
                          Optional<String> currency, Optional<String> scale, Optional<String> country,
                          String source, Optional<String> quote, Optional<LocalizedText> note,
                          Optional<String> dataFrom, int line) {

    /**
     * Where the figure sits on an axis counted in billions: a figure published in millions is shifted by
     * three decimal places. Only for placing and comparing; the figure shown is always {@link #value()}
     * in its own {@link #scale()}.
     */
    public BigDecimal inBillions() {
        return scale.filter("million"::equals).isPresent() ? value.movePointLeft(3) : value;
    }
}

package org.ccfacts.dataset;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sourcing rule of the dataset: an observation's value stands in its quote, the sentence of its
 * source that states the figure, as the page writes it. The reader refuses an observation whose quote
 * does not state its value, so a figure can never drift from the sentence that backs it.
 *
 * <p>How "the value as published appears in its quote" is decided:
 * <ul>
 * <li>The value's digits, as written in observations.yaml ("89.4", "460", "14"), stand in the quote as one
 *     whole number: no digit, and no separator followed by a digit, directly before or after it. "14" is
 *     not found in "14.5", "$140bn" or "2014"; "14" is found in "$14bn". A page that writes "$14bn" therefore
 *     cannot back a value "14.0": the dataset shows no digit the page does not publish.</li>
 * <li>The decimal separator may be the page's own: "94,8 млрд" backs 94.8 (Russian writes a decimal comma).
 *     Nothing else is converted: no change of unit ("$460 million" does not back 0.46 billion, "894亿"
 *     does not back 89.4 billion), no rounding, no thousands grouping.</li>
 * <li>Right after the number (spaces allowed) comes the unit the observation declares, as the page writes
 *     it: for the scale "billion": billion, bn, bln, млрд, مليار; for "million": million, mn, mln, млн,
 *     مليون; for a percentage: %, percent, per cent, процент. So "over $15 billi" (a cut-off sentence) or a
 *     year that happens to share the digits never counts as the figure.</li>
 * </ul>
 */
final class QuotedValue {

    private static final String BILLION = "(?:billion|bn|bln|млрд|مليار)";
    private static final String MILLION = "(?:million|mn|mln|млн|مليون)";
    private static final String PERCENT = "(?:%|percent|per cent|процент)";

    private QuotedValue() {
    }

    /**
     * Whether the quote writes the value (digits as published, the page's decimal separator) in its unit.
     *
     * @param scale "billion" or "million" for money; empty for a percentage
     */
    static boolean states(String quote, String value, Optional<String> scale) {
        String digits = Pattern.quote(value).replace(".", "\\E[.,]\\Q");
        String unit = scale.map(s -> switch (s) {
            case "billion" -> BILLION;
            case "million" -> MILLION;
            default -> Pattern.quote(s);
        }).orElse(PERCENT);
        Pattern written = Pattern.compile("(?<![\\d])(?<![\\d][.,])" + digits + "(?![.,]?\\d)[\\s\\u00A0\\u202F]*" + unit,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return written.matcher(quote).find();
    }
}

package org.ccfacts.dataset;

/**
 * What an observation covers: a calendar year ({@code 2024}), part of a year
 * ({@code 2025-01..2025-05}) or a stock at a date ({@code as of 2022-01}).
 */
public record Period(Kind kind, PartialDate start, PartialDate end) implements Comparable<Period> {

    public enum Kind { YEAR, PART_OF_YEAR, AS_OF }

    private static final String AS_OF = "as of ";
    private static final String RANGE = "..";

    /**
     * @throws IllegalArgumentException with a plain message when the text is none of the three forms
     */
    public static Period parse(String text) {
        if (text.startsWith(AS_OF)) {
            PartialDate date = PartialDate.parse(text.substring(AS_OF.length()));
            return new Period(Kind.AS_OF, date, date);
        }
        int dots = text.indexOf(RANGE);
        if (dots >= 0) {
            PartialDate from = PartialDate.parse(text.substring(0, dots));
            PartialDate to = PartialDate.parse(text.substring(dots + RANGE.length()));
            if (from.precision() != PartialDate.Precision.MONTH || to.precision() != PartialDate.Precision.MONTH
                    || from.year() != to.year() || from.month() > to.month()) {
                throw new IllegalArgumentException("'" + text
                        + "' is not a part of one year: write YYYY-MM..YYYY-MM with both months in the same year, in order");
            }
            return new Period(Kind.PART_OF_YEAR, from, to);
        }
        PartialDate year;
        try {
            year = PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text
                    + "' is not a period: write a year (2024), part of a year (2025-01..2025-05) or 'as of 2025-06'");
        }
        if (year.precision() != PartialDate.Precision.YEAR) {
            throw new IllegalArgumentException("'" + text
                    + "' is not a period: a single date needs 'as of ' before it, a part of a year needs '..'");
        }
        return new Period(Kind.YEAR, year, year);
    }

    public int year() {
        return start.year();
    }

    @Override
    public int compareTo(Period other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case YEAR -> start.toString();
            case PART_OF_YEAR -> start + RANGE + end;
            case AS_OF -> AS_OF + start;
        };
    }
}

package org.ccfacts.dataset;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day, as sources publish them ("1992-01", "2027",
 * "2025-06-17"). The precision is kept so that the UI never shows a day nobody published.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Pattern SYNTAX = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public enum Precision { YEAR, MONTH, DAY }

    public PartialDate {
        if (month == 0 && day != 0) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != 0) {
            YearMonth.of(year, month); // throws on an impossible month
        }
        if (day != 0) {
            LocalDate.of(year, month, day); // throws on an impossible day
        }
    }

    /**
     * Parses YYYY, YYYY-MM or YYYY-MM-DD.
     *
     * @throws IllegalArgumentException with a plain message when the text is not such a date
     */
    public static PartialDate parse(String text) {
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        try {
            return new PartialDate(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real date");
        }
    }

    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day the date can stand for: a position on a time axis, not a published day. */
    public LocalDate start() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    @Override
    public int compareTo(PartialDate other) {
        return start().compareTo(other.start());
    }

    @Override
    public String toString() {
        return switch (precision()) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }
}

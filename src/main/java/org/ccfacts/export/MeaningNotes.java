package org.ccfacts.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.ccfacts.catalog.ChartRow;

/**
 * The notes an exported image must carry because they change what a number means: a lower bound, an
 * approximate conversion, a scheduled (not yet held) event, a partial or preliminary period. Taken from
 * the qualifiers and notes of the rows the chart draws; other notes (background, context) stay on the
 * chart page and in the CSV, so the footer stays readable on a slide.
 */
final class MeaningNotes {

    /** Row notes that change meaning, in the words sources and our data use for them. */
    private static final Pattern MEANING = Pattern.compile(
            "partial|preliminary|provisional|scheduled|planned|lower bound|more than|at least|estimate"
                    + "|year to date|first half|first quarter|january[–-]|months? of",
            Pattern.CASE_INSENSITIVE);

    private MeaningNotes() {
    }

    static List<String> of(List<ChartRow> rows) {
        Map<String, Set<String>> labelsByQualifier = new LinkedHashMap<>();
        for (ChartRow row : rows) {
            labelsByQualifier.computeIfAbsent(row.qualifier(), q -> new LinkedHashSet<>()).add(row.label());
        }
        List<String> notes = new ArrayList<>();
        labelsByQualifier.forEach((qualifier, labels) -> {
            String where = " (" + String.join(", ", labels) + ")";
            switch (qualifier.toLowerCase(Locale.ROOT)) {
                case "lower-bound" -> notes.add("“>” marks a lower bound: the source says “more than”, "
                        + "the true value is at least this" + where + ".");
                case "approximate" -> notes.add("“≈” marks an approximate value: a conversion or estimate "
                        + "as published" + where + ".");
                case "scheduled" -> notes.add("Scheduled, not yet held" + where + ".");
                case "partial", "partial-year" -> notes.add("Partial year, not comparable with whole years"
                        + where + ".");
                default -> {
                    // exact figures need no note
                }
            }
        });
        Set<String> rowNotes = new LinkedHashSet<>();
        for (ChartRow row : rows) {
            row.note().filter(n -> MEANING.matcher(n).find()).ifPresent(n -> rowNotes.add(row.label() + ": " + n));
        }
        notes.addAll(rowNotes);
        return List.copyOf(notes);
    }
}

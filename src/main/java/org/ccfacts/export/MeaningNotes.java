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
import org.ccfacts.i18n.BidiText;
import org.ccfacts.i18n.BundleTranslations;

/**
 * The notes an exported image must carry because they change what a number means: a lower bound, an
 * approximate conversion, a scheduled (not yet held) event, a partial or preliminary period. Taken from
 * the qualifiers and notes of the rows the chart draws; other notes (background, context) stay on the
 * chart page and in the CSV, so the footer stays readable on a slide. The notes are written in the
 * reader's language ({@code export.note.*} in the translation bundles).
 */
final class MeaningNotes {

    /**
     * Row notes that change meaning, in the words sources and our data use for them, in each language a
     * note may be written in (a translated note must not lose its place in the footer).
     */
    private static final Pattern MEANING = Pattern.compile(
            "partial|preliminary|provisional|scheduled|planned|lower bound|more than|at least|estimate"
                    + "|year to date|first half|first quarter|january[–-]|months? of"
                    + "|جزئي|أولي|مقرر|حد أدنى|أكثر من|على الأقل|تقدير"
                    + "|部分|初步|计划|下限|超过|至少|估计|估算"
                    + "|неполн|предварительн|запланирован|нижняя граница|более|не менее|оценк",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private MeaningNotes() {
    }

    static List<String> of(List<ChartRow> rows, Locale locale) {
        Map<String, Set<String>> labelsByQualifier = new LinkedHashMap<>();
        for (ChartRow row : rows) {
            labelsByQualifier.computeIfAbsent(row.qualifier(), q -> new LinkedHashSet<>()).add(row.label());
        }
        List<String> notes = new ArrayList<>();
        labelsByQualifier.forEach((qualifier, labels) -> {
            String where = String.join(BundleTranslations.get(locale, "export.list.separator"), labels);
            switch (qualifier.toLowerCase(Locale.ROOT)) {
                case "lower-bound" -> notes.add(BundleTranslations.get(locale, "export.note.lower-bound", where));
                case "approximate" -> notes.add(BundleTranslations.get(locale, "export.note.approximate", where));
                case "scheduled" -> notes.add(BundleTranslations.get(locale, "export.note.scheduled", where));
                case "partial", "partial-year" -> notes.add(BundleTranslations.get(locale, "export.note.partial-year", where));
                default -> {
                    // exact figures need no note
                }
            }
        });
        Set<String> rowNotes = new LinkedHashSet<>();
        for (ChartRow row : rows) {
            row.note().filter(MeaningNotes::changesMeaning)
                    // isolated: a note in another script than the reader's (an English note in an Arabic footer) keeps its order
                    .ifPresent(n -> rowNotes.add(BundleTranslations.get(locale, "export.note.row", BidiText.isolate(row.label()), BidiText.isolate(n))));
        }
        notes.addAll(rowNotes);
        return List.copyOf(notes);
    }

    /** Whether a row's note, in any of our languages, changes what its number means (then it goes in the footer). */
    static boolean changesMeaning(String note) {
        return MEANING.matcher(note).find();
    }
}

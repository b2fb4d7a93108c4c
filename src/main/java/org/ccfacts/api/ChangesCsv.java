package org.ccfacts.api;

import static org.ccfacts.csv.CsvWriter.text;

import java.util.List;

import org.ccfacts.csv.CsvWriter;
import org.ccfacts.history.Change;
import org.ccfacts.history.Revision;

/**
 * What changed as CSV, one row per changed field of an entry (every field of an added or removed one), newest
 * revision first: a spreadsheet filters it by entry or field. Same rules as {@link MeasureCsv} (RFC 4180, formula
 * cells neutralised, UTF-8 without a byte-order mark).
 */
final class ChangesCsv {

    static final List<String> HEADER = List.of("version", "accepted_at", "previous_version", "kind", "id", "change",
            "field", "before", "after");

    private ChangesCsv() {
    }

    static String of(List<Revision> revisions) {
        CsvWriter csv = new CsvWriter().row(HEADER);
        for (Revision r : revisions) {
            for (Change c : r.changes()) {
                for (String field : c.changedFields()) {
                    csv.row(List.of(text(r.version()), text(r.acceptedAt().toString()), text(r.previousVersion()),
                            text(c.kind().code()), text(c.id()), text(c.type().code()), text(field),
                            text(c.before().getOrDefault(field, "")), text(c.after().getOrDefault(field, ""))));
                }
            }
        }
        return csv.toString();
    }
}

package org.ccfacts.export;

import java.util.List;

/**
 * Everything burned into an exported image besides the chart itself, as plain text (the browser
 * inserts it as text nodes, never as markup).
 *
 * @param notes      the notes that change what a number means ("lower bound", "partial year", "scheduled")
 * @param source     "Sources: publisher, date; …" in the caption's language
 * @param permalink  absolute URL of the chart's own page
 * @param exportedOn "Exported November 27, 2026", the date written as the language writes it
 * @param fileBase   the download's name without extension, see {@link ExportFileName}
 * @param direction  "ltr" or "rtl", from the language
 * @param version    the dataset version the chart was drawn from: its CSV gives that version's figures
 */
public record ExportCaption(String chartId, String language, String direction, String title, String subtitle,
                            List<String> notes, String source, String permalink, String exportedOn,
                            String fileBase, String version) {

    public ExportCaption {
        notes = List.copyOf(notes);
    }
}

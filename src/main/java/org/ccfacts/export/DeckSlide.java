package org.ccfacts.export;

import java.util.List;
import java.util.Optional;

/**
 * One slide of the export-all deck: the text that cites the chart, and the chart itself, native where it has
 * a native form ({@link DeckChart}), else the checked picture the browser drew.
 *
 * @param speakerNotes the citation for the presenter: each source's publisher, title, date, URL and the quoted sentences
 */
public record DeckSlide(ExportCaption caption, Optional<DeckChart> chart, Optional<PngCheck.CheckedPng> image,
                        List<String> speakerNotes) {

    public DeckSlide {
        if (chart.isEmpty() == image.isEmpty()) {
            throw new IllegalArgumentException("a slide shows either a native chart or a picture");
        }
        speakerNotes = List.copyOf(speakerNotes);
    }

    /** The text of the footer: meaning notes, source, permalink, in that order. */
    public List<String> citationLines() {
        List<String> lines = new java.util.ArrayList<>(caption.notes());
        lines.add(caption.source());
        lines.add(caption.permalink() + " · " + caption.exportedOn());
        return lines;
    }
}

package org.ccfacts.export;

import java.util.List;

/** One slide of the export-all deck: a checked chart image and the text that cites it. */
public record DeckSlide(ExportCaption caption, PngCheck.CheckedPng image) {

    /** The text of the footer and of the speaker notes: meaning notes, source, permalink, in that order. */
    public List<String> citationLines() {
        List<String> lines = new java.util.ArrayList<>(caption.notes());
        lines.add(caption.source());
        lines.add(caption.permalink() + " · " + caption.exportedOn());
        return lines;
    }
}

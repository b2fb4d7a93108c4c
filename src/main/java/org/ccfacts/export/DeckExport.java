package org.ccfacts.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.springframework.stereotype.Service;

/**
 * Builds the export-all deck from the chart images the browser drew: one image per chart of the
 * catalog, in catalog order, each checked (size, PNG signature, exact dimensions, decodes) before it is
 * put on a slide.
 */
@Service
public class DeckExport {

    private final ChartCatalog catalog;
    private final ExportCaptions captions;

    public DeckExport(ChartCatalog catalog, ExportCaptions captions) {
        this.catalog = catalog;
        this.captions = captions;
    }

    /** The deck's PPTX bytes; {@link InvalidExportException} when any image is refused. */
    public byte[] build(List<String> pngDataUrls, Locale locale, String baseUrl) {
        List<ChartDefinition> charts = catalog.all();
        if (pngDataUrls.size() != charts.size()) {
            throw new InvalidExportException("export.refused.deck-count", Integer.toString(charts.size()),
                    Integer.toString(pngDataUrls.size()));
        }
        List<DeckSlide> slides = new ArrayList<>();
        for (int i = 0; i < charts.size(); i++) {
            PngCheck.CheckedPng image = PngCheck.fromDataUrl(pngDataUrls.get(i), SlideDeck.MAX_IMAGE_BYTES,
                    SlideDeck.IMAGE_WIDTH * SlideDeck.IMAGE_SCALE, SlideDeck.IMAGE_HEIGHT * SlideDeck.IMAGE_SCALE);
            slides.add(new DeckSlide(captions.caption(charts.get(i), locale, baseUrl), image));
        }
        return SlideDeck.build(slides);
    }

    public String fileName(Locale locale) {
        return ExportFileName.deck(locale, captions.today());
    }

    /** How many images the browser may send: one per chart. */
    int expectedImages() {
        return catalog.all().size();
    }
}

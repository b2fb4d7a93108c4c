package org.ccfacts.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetService;
import org.springframework.stereotype.Service;

/**
 * Builds the export-all deck for the charts chosen, in catalog order: each chart with a native form from its
 * rows ({@link DeckChart}), the others from the picture the browser drew for it, each picture checked (size,
 * PNG signature, exact dimensions, decodes) before it is put on a slide.
 */
@Service
public class DeckExport {

    private final ChartCatalog catalog;
    private final ExportCaptions captions;
    private final DatasetService datasetService;

    public DeckExport(ChartCatalog catalog, ExportCaptions captions, DatasetService datasetService) {
        this.catalog = catalog;
        this.captions = captions;
        this.datasetService = datasetService;
    }

    /** The charts of the catalog whose ids are in {@code chosen}, in catalog order (unknown ids are ignored). */
    public List<ChartDefinition> chosen(List<String> chosen) {
        return catalog.all().stream().filter(c -> chosen.contains(c.id())).toList();
    }

    /** Of {@code charts}, those that go on a slide as a picture (no native form): the browser draws these. */
    public List<ChartDefinition> pictureCharts(List<ChartDefinition> charts, Locale locale) {
        Dataset dataset = datasetService.current();
        return charts.stream().filter(c -> DeckChart.of(c, dataset, locale, DeckLook.LIGHT.background()).isEmpty()).toList();
    }

    /**
     * The deck's PPTX bytes for the charts {@code chosen} (ids); {@code pngDataUrls} holds one picture per
     * chart of {@link #pictureCharts}, in order. {@link InvalidExportException} when none is chosen, or any
     * picture is missing or refused.
     */
    public byte[] build(List<String> chosen, List<String> pngDataUrls, Locale locale, String baseUrl, ExportTheme theme) {
        List<ChartDefinition> charts = chosen(chosen);
        if (charts.isEmpty()) {
            throw new InvalidExportException("export.refused.deck-none");
        }
        Dataset dataset = datasetService.current();
        DeckLook look = DeckLook.of(theme);
        List<ChartDefinition> pictures = pictureCharts(charts, locale);
        if (pngDataUrls.size() != pictures.size()) {
            throw new InvalidExportException("export.refused.deck-count", Integer.toString(pictures.size()),
                    Integer.toString(pngDataUrls.size()));
        }
        List<DeckSlide> slides = new ArrayList<>();
        for (ChartDefinition chart : charts) {
            ExportCaption caption = captions.caption(chart, dataset, locale, baseUrl);
            Optional<DeckChart> nativeChart = DeckChart.of(chart, dataset, locale, look.background());
            Optional<PngCheck.CheckedPng> image = nativeChart.isPresent() ? Optional.empty()
                    : Optional.of(PngCheck.fromDataUrl(pngDataUrls.get(pictures.indexOf(chart)), SlideDeck.MAX_IMAGE_BYTES,
                            SlideDeck.IMAGE_WIDTH * SlideDeck.IMAGE_SCALE, SlideDeck.IMAGE_HEIGHT * SlideDeck.IMAGE_SCALE));
            slides.add(new DeckSlide(caption, nativeChart, image,
                    SpeakerNotes.of(caption, chart.rows(dataset, locale), dataset, locale)));
        }
        return SlideDeck.build(slides, locale, theme);
    }

    public String fileName(Locale locale) {
        return ExportFileName.deck(locale, captions.today());
    }
}

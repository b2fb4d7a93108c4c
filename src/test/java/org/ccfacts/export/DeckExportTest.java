package org.ccfacts.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.dataset.DatasetService;
import org.junit.jupiter.api.Test;

class DeckExportTest {

    private final ChartCatalog catalog = new ChartCatalog();
    private final DatasetService datasetService = TestData.datasetService();
    private final ExportCaptions captions = new ExportCaptions(datasetService, TestData.CLOCK);
    private final DeckExport deckExport = new DeckExport(catalog, captions, datasetService);
    private final List<String> allCharts = catalog.all().stream().map(ChartDefinition::id).toList();

    private static String deckImage() {
        byte[] png = TestData.png(SlideDeck.IMAGE_WIDTH * SlideDeck.IMAGE_SCALE, SlideDeck.IMAGE_HEIGHT * SlideDeck.IMAGE_SCALE);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    @Test
    void oneSlidePerChartInCatalogOrderEachWithItsChartOrPictureTitleAndSourceInFooterAndNotes() throws IOException {
        List<ChartDefinition> pictureCharts = deckExport.pictureCharts(catalog.all(), Locale.ENGLISH);
        List<String> images = Collections.nCopies(pictureCharts.size(), deckImage());

        byte[] pptx = deckExport.build(allCharts, images, Locale.ENGLISH, "https://facts.example.org/", ExportTheme.LIGHT);

        try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
            List<XSLFSlide> slides = deck.getSlides();
            assertThat(slides).hasSize(catalog.all().size());
            assertThat(deck.getPageSize().getWidth() * 9).isEqualTo(deck.getPageSize().getHeight() * 16);
            for (int i = 0; i < slides.size(); i++) {
                ChartDefinition chart = catalog.all().get(i);
                ExportCaption caption = captions.caption(chart, Locale.ENGLISH, "https://facts.example.org/");
                XSLFSlide slide = slides.get(i);

                List<XSLFShape> shapes = slide.getShapes();
                // a native chart, or (for a chart without one, the timeline) the picture the browser drew
                boolean picture = pictureCharts.contains(chart);
                assertThat(shapes).filteredOn(XSLFPictureShape.class::isInstance).as(chart.id()).hasSize(picture ? 1 : 0);
                assertThat(slide.getRelations()).filteredOn(XSLFChart.class::isInstance).as(chart.id()).hasSize(picture ? 0 : 1);
                if (picture) {
                    XSLFPictureShape image = (XSLFPictureShape) shapes.stream()
                            .filter(XSLFPictureShape.class::isInstance).findFirst().orElseThrow();
                    assertThat(image.getPictureData().getImageDimensionInPixels().getWidth())
                            .isEqualTo(SlideDeck.IMAGE_WIDTH * SlideDeck.IMAGE_SCALE);
                }

                String slideText = shapes.stream().filter(XSLFTextShape.class::isInstance)
                        .map(s -> ((XSLFTextShape) s).getText()).collect(Collectors.joining("\n"));
                assertThat(slideText).contains(chart.title(Locale.ENGLISH), caption.source(),
                        "https://facts.example.org/chart/" + chart.id());
                caption.notes().forEach(note -> assertThat(slideText).contains(note));

                String notes = java.util.Arrays.stream(slide.getNotes().getPlaceholders()).map(XSLFTextShape::getText)
                        .collect(Collectors.joining("\n"));
                assertThat(notes).contains(chart.title(Locale.ENGLISH), caption.source());
            }
        }
    }

    @Test
    void refusesAMissingImageOrOneOfTheWrongSize() {
        int charts = deckExport.pictureCharts(catalog.all(), Locale.ENGLISH).size();
        assertThatThrownBy(() -> deckExport.build(allCharts, Collections.nCopies(charts + 1, deckImage()), Locale.ENGLISH, "/",
                ExportTheme.LIGHT)).isInstanceOf(InvalidExportException.class).hasMessageContaining("Expected " + charts);

        List<String> images = new ArrayList<>(Collections.nCopies(charts, deckImage()));
        images.set(charts - 1, "data:image/png;base64," + Base64.getEncoder().encodeToString(TestData.png(10, 10)));
        assertThatThrownBy(() -> deckExport.build(allCharts, images, Locale.ENGLISH, "/", ExportTheme.LIGHT))
                .hasMessageContaining("10 × 10");
    }

    @Test
    void theBrowsersAnswerMustBeAJsonListOfStrings() {
        assertThat(ExportJson.stringList("[\"a\",\"b\"]", 2)).containsExactly("a", "b");
        assertThatThrownBy(() -> ExportJson.stringList("[\"a\",\"b\",\"c\"]", 2)).hasMessageContaining("at most 2");
        assertThatThrownBy(() -> ExportJson.stringList("{\"x\":1}", 2)).isInstanceOf(InvalidExportException.class);
    }

    @Test
    void fitKeepsTheImagesAspectInsideTheArea() {
        var area = SlideDeck.IMAGE_AREA;
        var fitted = SlideDeck.fit(1000, 1000, area);
        assertThat(fitted.getWidth()).isEqualTo(fitted.getHeight()).isEqualTo(area.getHeight());
        assertThat(fitted.getCenterX()).isEqualTo(area.getCenterX());
    }
}

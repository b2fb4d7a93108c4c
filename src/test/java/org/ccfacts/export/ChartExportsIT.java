package org.ccfacts.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.ccfacts.browser.BrowserTest;
import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.catalog.ChartRow;
import org.ccfacts.csv.CsvWriter;
import org.ccfacts.csv.StrictCsv;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.i18n.BundleTranslations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

/** Downloads every format of every chart in the catalog, as a presenter would, and checks the files. */
class ChartExportsIT extends BrowserTest {

    @Autowired
    private ChartCatalog catalog;

    @Autowired
    private DatasetService datasetService;

    @Autowired
    private ExportCaptions captions;

    private record PngCase(String size, int scale, String theme, int width, int height) {
    }

    private static final List<PngCase> PNG_CASES = List.of(
            new PngCase("chart", 1, "light", SlidePreset.CHART.width(), SlidePreset.CHART.height()),
            new PngCase("16x9", 2, "dark", 1920 * 2, 1080 * 2),
            new PngCase("4x3", 1, "light", 1600, 1200));

    private String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    private void openChartPage(String chartId, String query) {
        openAndWaitForChart("/chart/" + chartId + query, "chart-" + chartId);
    }

    private Download download(String chartId, String format) {
        return page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(60_000),
                () -> page.locator("[data-export-menu='" + chartId + "'] [data-export='" + format + "']").click());
    }

    /** Reads a download, keeping a copy in target/it-downloads/ for a look by eye. */
    private static byte[] bytes(Download download) throws IOException {
        keep(download, "");
        return Files.readAllBytes(download.path());
    }

    private static void keep(Download download, String suffix) throws IOException {
        Path kept = Path.of("target/it-downloads");
        Files.createDirectories(kept);
        String name = download.suggestedFilename();
        int dot = name.lastIndexOf('.');
        download.saveAs(kept.resolve(name.substring(0, dot) + suffix + name.substring(dot)));
    }

    @Test
    void everyChartDownloadsAsPngOfExactlyPresetTimesScalePixels() throws IOException {
        assertThat(catalog.all()).isNotEmpty();
        for (ChartDefinition chart : catalog.all()) {
            for (PngCase png : PNG_CASES) {
                openChartPage(chart.id(), "?size=" + png.size() + "&scale=" + png.scale() + "&theme=" + png.theme());
                Download download = download(chart.id(), "png");

                assertThat(download.suggestedFilename()).isEqualTo(chart.id() + "_en_" + today() + ".png");
                keep(download, "_" + png.size() + "_" + png.scale() + "x_" + png.theme());
                byte[] file = Files.readAllBytes(download.path());
                assertThat(Arrays.copyOf(file, 8)).as("PNG signature").isEqualTo(PngCheck.SIGNATURE);
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(file));
                assertThat(image.getWidth()).as(chart.id() + " " + png).isEqualTo(png.width());
                assertThat(image.getHeight()).as(chart.id() + " " + png).isEqualTo(png.height());
                int corner = image.getRGB(2, 2) & 0xFFFFFF;
                assertThat(corner).as("background of the " + png.theme() + " theme")
                        .isEqualTo(png.theme().equals("dark") ? 0x121417 : 0xFFFFFF);
                // the caption (notes, source, link, date) is written at the bottom, in the regular weight,
                // whose embedded font must have been applied before the image was drawn
                assertThat(inkShare(image, 0.87, 0.99)).as(chart.id() + " " + png + ": text in the caption band").isGreaterThan(0.01);
            }
        }
    }

    /** The share of pixels between the given heights (fractions) that stand out from the background. */
    private static double inkShare(BufferedImage image, double fromHeight, double toHeight) {
        int background = luminance(image.getRGB(2, 2));
        int from = (int) (image.getHeight() * fromHeight);
        int to = (int) (image.getHeight() * toHeight);
        long ink = 0;
        for (int y = from; y < to; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (Math.abs(luminance(image.getRGB(x, y)) - background) > 80) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) (to - from) * image.getWidth());
    }

    private static int luminance(int rgb) {
        return (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
    }

    @Test
    void fourTimesTheSixteenByNineSlideIs7680By4320() throws IOException {
        String id = catalog.all().get(0).id();
        openChartPage(id, "?size=16x9&scale=4");
        BufferedImage image = ImageIO.read(download(id, "png").path().toFile());
        assertThat(image.getWidth()).isEqualTo(1920 * 4);
        assertThat(image.getHeight()).isEqualTo(1080 * 4);
    }

    @Test
    void scaleAndSizeChosenInTheMenuDecideThePixelSize() throws IOException {
        String id = catalog.all().get(0).id();
        openChartPage(id, "");
        choose(id, "size", SlidePreset.SLIDE_4_3.label(Locale.ENGLISH));
        choose(id, "scale", ExportMenu.scaleLabel(Locale.ENGLISH, SlidePreset.SLIDE_4_3, 3));
        BufferedImage image = ImageIO.read(download(id, "png").path().toFile());
        assertThat(image.getWidth()).isEqualTo(1600 * 3);
        assertThat(image.getHeight()).isEqualTo(1200 * 3);
    }

    private void choose(String chartId, String choice, String label) {
        page.locator("[data-export-menu='" + chartId + "'] select[data-export-choice='" + choice + "']")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(label));
    }

    @Test
    void everyChartsSvgIsWellFormedCitesItselfEmbedsItsFontsAndHasNothingActiveOrExternal() throws Exception {
        for (ChartDefinition chart : catalog.all()) {
            openChartPage(chart.id(), "?size=16x9");
            Download download = download(chart.id(), "svg");
            assertThat(download.suggestedFilename()).isEqualTo(chart.id() + "_en_" + today() + ".svg");
            String svg = new String(bytes(download), StandardCharsets.UTF_8);
            ExportCaption caption = captions.caption(chart, Locale.ENGLISH, url("/"));

            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(document.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 1920 1080");

            String text = document.getDocumentElement().getTextContent();
            assertThat(text).contains(chart.title(Locale.ENGLISH), caption.source(), caption.permalink(),
                    caption.exportedOn());
            // a note wrapped onto two lines is two text elements: the space where it broke is not in the text content
            String unwrapped = text.replaceAll("\\s+", "");
            caption.notes().forEach(note -> assertThat(unwrapped).contains(note.replaceAll("\\s+", "")));
            assertThat(svg).contains("@font-face").contains("font-family:'Noto Sans'")
                    .contains("data:font/woff2;base64,");
            assertThat(document.getElementsByTagNameNS("*", "script").getLength()).isZero();
            assertThat(svg).doesNotContainIgnoringCase("<script");

            NodeList all = document.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                NamedNodeMap attributes = ((Element) all.item(i)).getAttributes();
                for (int a = 0; a < attributes.getLength(); a++) {
                    String name = attributes.item(a).getLocalName() == null ? attributes.item(a).getNodeName()
                            : attributes.item(a).getLocalName();
                    String value = attributes.item(a).getNodeValue().trim();
                    assertThat(name).as("event handler attribute").doesNotStartWithIgnoringCase("on");
                    if (name.equalsIgnoreCase("href") || name.equalsIgnoreCase("src")) {
                        assertThat(value).as("reference in " + chart.id()).matches("(#|data:).*");
                    }
                }
            }
        }
    }

    @Test
    void aCitationThatFitsOnAFooterLineIsNeverCutInTwo() throws Exception {
        // the chart with the most sources, in right-to-left text, at the narrowest size
        ChartDefinition chart = catalog.byId("trade-volume").orElseThrow();
        Locale arabic = Locale.forLanguageTag("ar");
        List<String> citations = ChartRow.citations(chart.rows(datasetService.current(), arabic));
        assertThat(citations).as("several sources, so the source line wraps").hasSizeGreaterThanOrEqualTo(4);

        openChartPage(chart.id(), "?lang=ar");
        String svg = new String(bytes(download(chart.id(), "svg")), StandardCharsets.UTF_8);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList texts = document.getElementsByTagNameNS("*", "text");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            lines.add(texts.item(i).getTextContent().replaceAll("[\u2068\u2069]", ""));
        }
        for (String citation : citations) {
            assertThat(lines).as("a footer line holding all of «%s»", citation).anyMatch(line -> line.contains(citation));
        }
    }

    @Test
    void everyChartsCsvHoldsExactlyTheFiguresDrawnWithTheirSources() throws IOException {
        for (ChartDefinition chart : catalog.all()) {
            openChartPage(chart.id(), "");
            Download download = download(chart.id(), "csv");
            assertThat(download.suggestedFilename()).isEqualTo(chart.id() + "_en_" + today() + ".csv");
            byte[] file = bytes(download);
            assertThat(Arrays.copyOf(file, 3)).as("UTF-8 byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
            List<List<String>> table = StrictCsv.parse(new String(file, 3, file.length - 3, StandardCharsets.UTF_8));

            List<ChartRow> rows = chart.rows(datasetService.current(), Locale.ENGLISH);
            assertThat(table.get(0)).containsExactlyElementsOf(CsvExport.HEADER);
            assertThat(table).hasSize(rows.size() + 1);
            int value = table.get(0).indexOf("value");
            int source = table.get(0).indexOf("source");
            int label = table.get(0).indexOf("label");
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).hasValue()) {
                    assertThat(new java.math.BigDecimal(table.get(i + 1).get(value))).isEqualByComparingTo(rows.get(i).value());
                } else {
                    assertThat(table.get(i + 1).get(value)).as("a timeline event has no figure").isEmpty();
                }
                assertThat(table.get(i + 1).get(label)).isEqualTo(rows.get(i).label());
                assertThat(table.get(i + 1).get(source)).isEqualTo(CsvWriter.text(rows.get(i).source()));
            }
        }
    }

    @Test
    void exportAllGivesADeckOfTheChosenChartsNativeOrDrawnEachWithItsSource() throws IOException {
        String first = catalog.all().get(0).id();
        String left = catalog.all().get(1).id();
        openChartPage(first, "");
        // the presenter leaves one chart out and picks dark slides
        // the checkboxes are made when the list is first opened
        page.locator("#deck-choice summary").click();
        page.locator("[data-deck-chart='" + left + "']").uncheck();
        page.locator("[data-deck-theme]").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel(ExportTheme.DARK.label(Locale.ENGLISH)));
        Download download = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(120_000),
                () -> page.locator("[data-export='deck']").click());
        assertThat(download.suggestedFilename()).isEqualTo("charts_en_" + today() + ".pptx");
        keep(download, "");

        List<ChartDefinition> chosen = catalog.all().stream().filter(c -> !c.id().equals(left)).toList();
        try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(download.path()))) {
            List<XSLFSlide> slides = deck.getSlides();
            assertThat(slides).hasSize(chosen.size());
            for (int i = 0; i < slides.size(); i++) {
                ChartDefinition chart = chosen.get(i);
                ExportCaption caption = captions.caption(chart, Locale.ENGLISH, url("/"));
                XSLFSlide slide = slides.get(i);
                assertThat(slide.getBackground().getFillColor()).isEqualTo(DeckLook.awt(DeckLook.DARK.background()));
                List<XSLFPictureShape> pictures = slide.getShapes().stream().filter(XSLFPictureShape.class::isInstance)
                        .map(XSLFPictureShape.class::cast).toList();
                boolean nativeChart = slide.getRelations().stream().anyMatch(XSLFChart.class::isInstance);
                // a chart with figures is native; one without (the timeline) is the picture the browser drew
                boolean hasFigures = chart.rows(datasetService.current(), Locale.ENGLISH).stream().anyMatch(ChartRow::hasValue);
                assertThat(nativeChart).as(chart.id()).isEqualTo(hasFigures);
                assertThat(pictures).as(chart.id()).hasSize(nativeChart ? 0 : 1);
                if (!nativeChart) {
                    BufferedImage image = ImageIO.read(new ByteArrayInputStream(pictures.get(0).getPictureData().getData()));
                    assertThat(image.getWidth()).isEqualTo(SlideDeck.IMAGE_WIDTH * SlideDeck.IMAGE_SCALE);
                    assertThat(image.getHeight()).isEqualTo(SlideDeck.IMAGE_HEIGHT * SlideDeck.IMAGE_SCALE);
                }

                String text = slide.getShapes().stream().filter(XSLFTextShape.class::isInstance)
                        .map(s -> ((XSLFTextShape) s).getText()).collect(Collectors.joining("\n"));
                assertThat(text).contains(chart.title(Locale.ENGLISH), caption.source(), caption.permalink());
                String notes = Arrays.stream(slide.getNotes().getPlaceholders()).map(XSLFTextShape::getText)
                        .collect(Collectors.joining("\n"));
                assertThat(notes).contains(caption.source());
            }
        }
    }

    @Test
    void badAddressesAreAClear4xxAndRenderNoChart() {
        var unknown = page.navigate(url("/chart/no-such-chart"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(page.content()).contains(BundleTranslations.get(Locale.ENGLISH, "present.unknown.reason", "no-such-chart",
                catalog.all().stream().map(ChartDefinition::id).collect(Collectors.joining(", ")))).doesNotContain("apex-chart");

        var unknownSlide = page.navigate(url("/present/no-such-chart"));
        assertThat(unknownSlide.status()).isEqualTo(404);

        String id = catalog.all().get(0).id();
        var badScale = page.navigate(url("/chart/" + id + "?scale=9"));
        assertThat(badScale.status()).isEqualTo(400);
        assertThat(page.content()).contains("Scale must be 1 to 4").doesNotContain("apex-chart");

        // the reason comes in the language a page of that address would have
        var badScaleInArabic = page.navigate(url("/chart/" + id + "?scale=9&lang=ar"));
        assertThat(badScaleInArabic.status()).isEqualTo(400);
        assertThat(page.content()).contains(BundleTranslations.get(Locale.forLanguageTag("ar"), "export.refused.scale", "9"))
                .doesNotContain("Scale must");

        var absurdSize = page.navigate(url("/chart/" + id + "?size=40000x40000"));
        assertThat(absurdSize.status()).isEqualTo(400);

        var unknownFormat = page.navigate(url("/export/" + id + ".gif"));
        assertThat(unknownFormat.status()).isEqualTo(400);
        assertThat(page.content()).contains("Unknown format 'gif'");

        var unknownCsv = page.navigate(url("/export/no-such-chart.csv"));
        assertThat(unknownCsv.status()).isEqualTo(404);
    }
}

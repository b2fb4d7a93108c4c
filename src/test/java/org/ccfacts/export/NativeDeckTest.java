package org.ccfacts.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.catalog.InvestmentChart;
import org.ccfacts.catalog.PollsChart;
import org.ccfacts.catalog.RoadTransportChart;
import org.ccfacts.catalog.SummitTimelineChart;
import org.ccfacts.catalog.TradeByCountryChart;
import org.ccfacts.catalog.TradeVolumeChart;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetProperties;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.dataset.Observation;
import org.ccfacts.dataset.Poll;
import org.ccfacts.dataset.Qualifier;
import org.ccfacts.dataset.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;

/**
 * The deck's native charts, read back with POI from the PPTX, against the figures of a fixture dataset
 * (the dashboard fixture: changed figures, so nothing here can match the real data by chance).
 */
class NativeDeckTest {

    private static final String BASE = "https://facts.example.org/";
    private final ChartCatalog catalog = new ChartCatalog();
    private final DatasetService datasets = new DatasetService(
            new DatasetProperties(Path.of("src/test/resources/datasets/dashboard")), TestData.CLOCK);
    private final Dataset data = datasets.current();
    private final DeckExport deckExport = new DeckExport(catalog, new ExportCaptions(datasets, TestData.CLOCK), datasets);

    /** Decks of the fixture, built once per language and theme: reading them back does not change them. */
    private static final Map<String, byte[]> DECKS = new java.util.concurrent.ConcurrentHashMap<>();

    private byte[] deck(Locale locale, ExportTheme theme) {
        return DECKS.computeIfAbsent(locale.toLanguageTag() + "/" + theme.code(), key -> build(locale, theme));
    }

    private byte[] build(Locale locale, ExportTheme theme) {
        List<String> all = catalog.all().stream().map(ChartDefinition::id).toList();
        int pictures = deckExport.pictureCharts(catalog.all(), locale).size();
        byte[] png = TestData.png(SlideDeck.IMAGE_WIDTH * SlideDeck.IMAGE_SCALE, SlideDeck.IMAGE_HEIGHT * SlideDeck.IMAGE_SCALE);
        return deckExport.build(all, Collections.nCopies(pictures, "data:image/png;base64," + Base64.getEncoder().encodeToString(png)),
                locale, BASE, theme);
    }

    private static XMLSlideShow open(byte[] pptx) throws IOException {
        return new XMLSlideShow(new ByteArrayInputStream(pptx));
    }

    private XSLFSlide slideOf(XMLSlideShow deck, String chartId) {
        return deck.getSlides().get(catalog.all().indexOf(catalog.byId(chartId).orElseThrow()));
    }

    private static Optional<XSLFChart> chartOn(XSLFSlide slide) {
        return slide.getRelations().stream().filter(XSLFChart.class::isInstance).map(XSLFChart.class::cast).findFirst();
    }

    private static final String C = "declare namespace c='http://schemas.openxmlformats.org/drawingml/2006/chart' ";

    /** Every figure of the chart, per series: category → value (null where the series has none), read from the chart's XML. */
    private static List<Map<String, Double>> figures(XSLFChart chart) {
        List<Map<String, Double>> bySeries = new ArrayList<>();
        for (var series : chart.getCTChartSpace().selectPath(C + ".//c:ser")) {
            Map<Integer, String> categories = points(series, "c:cat");
            Map<Integer, String> values = points(series, "c:val");
            Map<String, Double> figures = new LinkedHashMap<>();
            categories.forEach((idx, category) -> figures.put(category,
                    values.containsKey(idx) ? Double.valueOf(values.get(idx)) : null));
            bySeries.add(figures);
        }
        return bySeries;
    }

    private static Map<Integer, String> points(org.apache.xmlbeans.XmlObject series, String part) {
        Map<Integer, String> points = new java.util.TreeMap<>();
        for (var pt : series.selectPath(C + "./" + part + "//c:pt")) {
            int idx = Integer.parseInt(pt.selectAttribute("", "idx").newCursor().getTextValue());
            points.put(idx, pt.selectPath(C + "./c:v")[0].newCursor().getTextValue());
        }
        return points;
    }

    private static List<Double> allValues(XSLFChart chart) {
        List<Double> values = new ArrayList<>();
        figures(chart).forEach(m -> m.values().stream().filter(v -> v != null).forEach(values::add));
        return values;
    }

    private static List<Double> doubles(List<Observation> observations, Function<Observation, BigDecimal> value) {
        return observations.stream().map(value).map(BigDecimal::doubleValue).toList();
    }

    @Test
    void everyChartWithFiguresIsANativeChartHoldingTheDatasetsFigures() throws IOException {
        try (XMLSlideShow deck = open(deck(Locale.ENGLISH, ExportTheme.LIGHT))) {
            assertThat(allValues(chartOn(slideOf(deck, TradeVolumeChart.ID)).orElseThrow())).containsExactlyInAnyOrderElementsOf(
                    doubles(TradeVolumeChart.mainSeries(data), Observation::inBillions));
            assertThat(allValues(chartOn(slideOf(deck, TradeByCountryChart.ID)).orElseThrow())).containsExactlyInAnyOrderElementsOf(
                    doubles(concat(TradeByCountryChart.chinaCustoms(data), TradeByCountryChart.otherStatistics(data)), Observation::value));
            assertThat(allValues(chartOn(slideOf(deck, InvestmentChart.ID)).orElseThrow()))
                    .containsExactlyInAnyOrderElementsOf(doubles(InvestmentChart.figures(data), Observation::value));
            assertThat(allValues(chartOn(slideOf(deck, PollsChart.ID)).orElseThrow()))
                    .containsExactlyInAnyOrderElementsOf(data.polls().stream().map(Poll::share).map(BigDecimal::doubleValue).toList());
            assertThat(allValues(chartOn(slideOf(deck, RoadTransportChart.ID)).orElseThrow()))
                    .containsExactlyInAnyOrderElementsOf(doubles(RoadTransportChart.figures(data), Observation::value));
            // the timeline has no figures: it stays the picture the browser drew
            assertThat(chartOn(slideOf(deck, SummitTimelineChart.ID))).isEmpty();
            // every other chart of the catalog is native, the new ones too
            assertThat(deck.getCharts()).hasSize((int) catalog.all().stream().filter(c -> !c.id().equals(SummitTimelineChart.ID))
                    .filter(c -> c.rows(data, Locale.ENGLISH).stream().anyMatch(r -> r.hasValue())).count());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "zh", "ru"})
    void everyBarHasItsNameAndALongTitleKeepsItsSubtitleBelowIt(String language) throws IOException {
        Locale locale = Locale.forLanguageTag(language);
        try (XMLSlideShow deck = open(deck(locale, ExportTheme.LIGHT))) {
            for (XSLFChart chart : deck.getCharts()) {
                // no category label skipped: every bar keeps its year and source, however crowded
                assertThat(chart.getCTChart().getPlotArea().getCatAxArray(0).xmlText()).contains("<c:auto val=\"false\"/><c:tickLblSkip val=\"1\"/>");
            }
            // more than eight bars get 10 pt names (at 12 pt LibreOffice hid every other Arabic one), fewer keep 12 pt
            for (XSLFChart chart : deck.getCharts()) {
                var plot = chart.getCTChart().getPlotArea();
                int bars = plot.getBarChartList().isEmpty() || !"bar".equals(plot.getBarChartArray(0).getBarDir().getVal().toString()) ? 0
                        : (int) plot.getBarChartArray(0).getSerArray(0).getCat().getStrRef().getStrCache().getPtCount().getVal();
                if (bars > 0) {
                    assertThat(plot.getCatAxArray(0).xmlText()).as("%d bars", bars).contains(bars > 8 ? "sz=\"1000\"" : "sz=\"1200\"");
                }
            }
            for (XSLFSlide slide : deck.getSlides()) {
                List<org.apache.poi.xslf.usermodel.XSLFTextShape> boxes = slide.getShapes().stream()
                        .filter(org.apache.poi.xslf.usermodel.XSLFTextShape.class::isInstance)
                        .map(org.apache.poi.xslf.usermodel.XSLFTextShape.class::cast).toList();
                org.apache.poi.xslf.usermodel.XSLFTextShape title = boxes.get(0);
                String text = title.getText();
                // seen in LibreOffice: 47 bold letters at 28 pt fit one line of the 888-pt box ("Trade in goods by
                // country, every published year"), the 57 of "Китайские инвестиции в Центральной Азии, как опубликовано" took two
                double lines = text.length() > 52 ? 2 : 1;
                assertThat(title.getAnchor().getHeight()).as("%s: %s", language, text).isGreaterThanOrEqualTo(lines * 28 * 1.25);
                assertThat(boxes.get(1).getAnchor().getY()).as("the subtitle starts below the title")
                        .isGreaterThanOrEqualTo(title.getAnchor().getMaxY());
            }
        }
    }

    @Test
    void aLineOfYearsHasEveryYearAndAGapWhereNothingWasPublished() throws IOException {
        try (XMLSlideShow deck = open(deck(Locale.ENGLISH, ExportTheme.LIGHT))) {
            XSLFChart chart = chartOn(slideOf(deck, TradeVolumeChart.ID)).orElseThrow();
            assertThat(chart.getCTChart().getPlotArea().getLineChartArray()).hasSize(1);
            List<Map.Entry<String, Double>> main = new ArrayList<>(figures(chart).get(0).entrySet());
            List<Observation> published = TradeVolumeChart.mainSeries(data);
            int first = published.get(0).period().year();
            int last = published.get(published.size() - 1).period().year();
            assertThat(main).hasSize(last - first + 1);
            for (int year = first; year <= last; year++) {
                int y = year;
                Optional<Observation> figure = published.stream().filter(o -> o.period().year() == y).findFirst();
                assertThat(main.get(year - first).getKey()).startsWith(Integer.toString(year));
                assertThat(main.get(year - first).getValue()).as("%d", year)
                        .isEqualTo(figure.map(o -> o.inBillions().doubleValue()).orElse(null));
            }
            assertThat(chart.getCTChart().getDispBlanksAs().getVal().toString()).isEqualTo("gap");
        }
    }

    @Test
    void theEmbeddedWorkbookHoldsTheFiguresWithTheirQualifiersAndSources() throws IOException, InvalidFormatException {
        try (XMLSlideShow deck = open(deck(Locale.ENGLISH, ExportTheme.LIGHT))) {
            XSLFChart chart = chartOn(slideOf(deck, InvestmentChart.ID)).orElseThrow();
            XSSFWorkbook workbook = chart.getWorkbook();
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<Double> cells = new ArrayList<>();
            List<String> formats = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                for (int c = 1; c < sheet.getRow(r).getLastCellNum(); c++) {
                    var cell = sheet.getRow(r).getCell(c);
                    if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        cells.add(cell.getNumericCellValue());
                        formats.add(cell.getCellStyle().getDataFormatString());
                    }
                }
            }
            List<Observation> figures = InvestmentChart.figures(data);
            assertThat(cells).containsExactlyInAnyOrderElementsOf(doubles(figures, Observation::value));
            // a lower bound stays a number in its cell and says "more than" through its format
            long bounds = figures.stream().filter(o -> o.qualifier() == Qualifier.LOWER_BOUND).count();
            assertThat(formats).filteredOn(f -> f.contains("more than")).hasSize((int) bounds);

            XSSFSheet published = workbook.getSheetAt(1);
            List<String> ids = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            for (int r = 1; r <= published.getLastRowNum(); r++) {
                ids.add(published.getRow(r).getCell(5).getStringCellValue());
                sources.add(published.getRow(r).getCell(6).getStringCellValue());
            }
            assertThat(ids).containsExactlyInAnyOrderElementsOf(figures.stream().map(Observation::id).toList());
            figures.forEach(o -> assertThat(String.join("\n", sources))
                    .contains(data.source(o.source()).orElseThrow().publisher()));
        }
    }

    @ParameterizedTest
    @CsvSource({"en, more than, ≈", "ar, أكثر من, نحو", "zh, 超过, 约", "ru, более, около"})
    void boundsAndApproximationsSayItInTheirLabelsInTheLanguage(String language, String moreThan, String about) throws IOException {
        try (XMLSlideShow deck = open(deck(Locale.forLanguageTag(language), ExportTheme.LIGHT))) {
            String investment = chartOn(slideOf(deck, InvestmentChart.ID)).orElseThrow().getCTChartSpace().xmlText();
            long bounds = InvestmentChart.figures(data).stream().filter(o -> o.qualifier() == Qualifier.LOWER_BOUND).count();
            assertThat(countOf(investment, "<c:dLbl>")).isGreaterThanOrEqualTo((int) bounds);
            assertThat(countOf(investment, "formatCode=\"&quot;" + moreThan)).isEqualTo((int) bounds);

            String trade = chartOn(slideOf(deck, TradeVolumeChart.ID)).orElseThrow().getCTChartSpace().xmlText();
            long approximate = TradeVolumeChart.mainSeries(data).stream()
                    .filter(o -> o.qualifier() == Qualifier.APPROXIMATE).count();
            assertThat(approximate).isPositive();
            assertThat(countOf(trade, "formatCode=\"&quot;" + about)).isEqualTo((int) approximate);

            // a share's label keeps its per cent sign, so a bare "51.8" never stands on the slide
            String road = chartOn(slideOf(deck, RoadTransportChart.ID)).orElseThrow().getCTChartSpace().xmlText();
            assertThat(road).containsPattern("<c:dLbls>.*<c:numFmt formatCode=\"General&quot;[^\"]*%&quot;\"");
        }
    }

    @ParameterizedTest
    @CsvSource({"en", "ar", "zh", "ru"})
    void theValueAxisNamesTheUnitTheCellsHold(String language) throws IOException {
        Locale locale = Locale.forLanguageTag(language);
        try (XMLSlideShow deck = open(deck(locale, ExportTheme.LIGHT))) {
            XSLFChart chart = chartOn(slideOf(deck, TradeByCountryChart.ID)).orElseThrow();
            String title = String.join("", java.util.Arrays.stream(chart.getCTChart().getPlotArea().getValAxArray(0).getTitle()
                    .getTx().getRich().getPArray()).flatMap(p -> java.util.Arrays.stream(p.getRArray())).map(r -> r.getT()).toList());
            // the cells hold billions as published; in Chinese the dashboard writes 亿 (10^8) after shifting the
            // point, so an axis of the raw billions must say 十亿 (10^9), not 亿
            assertThat(title).isEqualTo(org.ccfacts.i18n.BundleTranslations.get(locale, "deck.unit.usd-bn"));
            assertThat(allValues(chart)).contains(TradeByCountryChart.chinaCustoms(data).get(0).value().doubleValue());
        }
        if (language.equals("zh")) {
            assertThat(org.ccfacts.i18n.BundleTranslations.get(locale, "deck.unit.usd-bn")).startsWith("十亿");
        }
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    @ParameterizedTest
    @CsvSource({"ar, ar-SA, true", "en, en-US, false", "zh, zh-CN, false", "ru, ru-RU, false"})
    void everyRunCarriesItsLanguageAndArabicParagraphsRunRightToLeft(String language, String tag, boolean rtl) throws IOException {
        try (XMLSlideShow deck = open(deck(Locale.forLanguageTag(language), ExportTheme.LIGHT))) {
            for (XSLFSlide slide : deck.getSlides()) {
                List<XSLFTextShape> texts = new ArrayList<>(slide.getShapes().stream()
                        .filter(XSLFTextShape.class::isInstance).map(XSLFTextShape.class::cast).toList());
                java.util.Arrays.stream(slide.getNotes().getPlaceholders())
                        .filter(p -> p.getTextType() == org.apache.poi.sl.usermodel.Placeholder.BODY).forEach(texts::add);
                for (XSLFTextShape shape : texts) {
                    for (XSLFTextParagraph paragraph : shape.getTextParagraphs()) {
                        if (paragraph.getText().isBlank()) {
                            continue;
                        }
                        var properties = paragraph.getXmlObject().getPPr();
                        assertThat(properties != null && properties.isSetRtl() && properties.getRtl()).as(paragraph.getText()).isEqualTo(rtl);
                        assertThat(paragraph.getTextAlign().name()).as(paragraph.getText()).isEqualTo(rtl ? "RIGHT" : "LEFT");
                        for (XSLFTextRun run : paragraph.getTextRuns()) {
                            String lang = ((CTRegularTextRun) run.getXmlObject()).getRPr().getLang();
                            // only the permalink keeps its own language, so an address reads as one
                            assertThat(lang).as(run.getRawText()).isEqualTo(run.getRawText().startsWith(BASE) ? "en-US" : tag);
                        }
                    }
                }
                chartOn(slide).ifPresent(chart -> {
                    String xml = chart.getCTChartSpace().xmlText();
                    assertThat(xml).contains("<c:lang val=\"" + tag + "\"/>");
                    assertThat(xml).doesNotContainPattern("lang=\"(?!" + tag + ")");
                });
            }
        }
    }

    @Test
    void theArabicFooterKeepsNotesSourceThenAddressAndDate() throws IOException {
        try (XMLSlideShow deck = open(deck(Locale.forLanguageTag("ar"), ExportTheme.LIGHT))) {
            XSLFSlide slide = slideOf(deck, InvestmentChart.ID);
            ExportCaption caption = new ExportCaptions(datasets, TestData.CLOCK)
                    .caption(catalog.byId(InvestmentChart.ID).orElseThrow(), data, Locale.forLanguageTag("ar"), BASE);
            XSLFTextShape footer = slide.getShapes().stream().filter(XSLFTextShape.class::isInstance).map(XSLFTextShape.class::cast)
                    .filter(s -> s.getText().contains(BASE)).findFirst().orElseThrow();
            List<String> paragraphs = footer.getTextParagraphs().stream().map(XSLFTextParagraph::getText).toList();
            List<String> expected = new ArrayList<>(caption.notes());
            expected.add(caption.source());
            expected.add(caption.permalink() + " · " + caption.exportedOn());
            assertThat(paragraphs).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void speakerNotesCiteEverySourceWithTitleDateUrlAndQuote() throws IOException {
        // the real data: its sources have addresses and its figures their quotes
        DatasetService real = TestData.datasetService();
        Dataset data = real.current();
        DeckExport deckExport = new DeckExport(catalog, new ExportCaptions(real, TestData.CLOCK), real);
        byte[] pptx = deckExport.build(List.of(InvestmentChart.ID), List.of(), Locale.ENGLISH, BASE, ExportTheme.LIGHT);
        try (XMLSlideShow deck = open(pptx)) {
            String notes = String.join("\n", java.util.Arrays.stream(deck.getSlides().get(0).getNotes().getPlaceholders())
                    .map(XSLFTextShape::getText).toList());
            for (Observation o : InvestmentChart.figures(data)) {
                Source source = data.source(o.source()).orElseThrow();
                assertThat(notes).contains(source.publisher());
                source.title().ifPresent(title -> assertThat(notes).contains(title));
                source.date().ifPresent(date -> assertThat(notes).contains(date.toString()));
                source.url().ifPresent(url -> assertThat(notes).contains(url));
                o.quote().ifPresent(quote -> assertThat(notes).contains(quote));
            }
            assertThat(InvestmentChart.figures(data)).anyMatch(o -> data.source(o.source()).orElseThrow().url().isPresent())
                    .anyMatch(o -> o.quote().isPresent());
        }
    }

    @Test
    void darkSlidesHaveTheDarkBackgroundAndLightText() throws IOException {
        try (XMLSlideShow deck = open(deck(Locale.ENGLISH, ExportTheme.DARK))) {
            for (XSLFSlide slide : deck.getSlides()) {
                assertThat(slide.getBackground().getFillColor()).isEqualTo(DeckLook.awt(DeckLook.DARK.background()));
                XSLFTextShape title = (XSLFTextShape) slide.getShapes().get(0);
                java.awt.Color colour = ((org.apache.poi.sl.usermodel.PaintStyle.SolidPaint)
                        title.getTextParagraphs().get(0).getTextRuns().get(0).getFontColor()).getSolidColor().getColor();
                assertThat(org.ccfacts.a11y.Contrast.ratio(String.format("#%06X", colour.getRGB() & 0xFFFFFF), DeckLook.DARK.background()))
                        .isGreaterThanOrEqualTo(org.ccfacts.a11y.Contrast.TEXT);
            }
        }
        try (XMLSlideShow deck = open(deck(Locale.ENGLISH, ExportTheme.LIGHT))) {
            assertThat(deck.getSlides().get(0).getBackground().getFillColor()).isEqualTo(DeckLook.awt(DeckLook.LIGHT.background()));
        }
    }

    @Test
    void onlyTheChosenChartsInCatalogOrderAndNoneIsRefused() throws IOException {
        byte[] pptx = deckExport.build(List.of(PollsChart.ID, TradeVolumeChart.ID), List.of(), Locale.ENGLISH, BASE, ExportTheme.LIGHT);
        try (XMLSlideShow deck = open(pptx)) {
            assertThat(deck.getSlides()).hasSize(2);
            assertThat(((XSLFTextShape) deck.getSlides().get(0).getShapes().get(0)).getText())
                    .isEqualTo(catalog.byId(TradeVolumeChart.ID).orElseThrow().title(Locale.ENGLISH));
            assertThat(((XSLFTextShape) deck.getSlides().get(1).getShapes().get(0)).getText())
                    .isEqualTo(catalog.byId(PollsChart.ID).orElseThrow().title(Locale.ENGLISH));
        }
        assertThatThrownBy(() -> deckExport.build(List.of(), List.of(), Locale.ENGLISH, BASE, ExportTheme.LIGHT))
                .isInstanceOf(InvalidExportException.class);
    }

    @Test
    void theChoiceStartsWithEveryChartAndDropsAnUncheckedOne() {
        DeckChoice choice = new DeckChoice(catalog.all(), Locale.ENGLISH);
        assertThat(choice.chosen()).containsExactlyElementsOf(catalog.all().stream().map(ChartDefinition::id).toList());
        assertThat(choice.theme()).isEqualTo(ExportTheme.LIGHT);
        choice.uncheck(PollsChart.ID);
        assertThat(choice.chosen()).doesNotContain(PollsChart.ID).hasSize(catalog.all().size() - 1);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

package org.ccfacts.present;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ccfacts.browser.BrowserTest;
import org.ccfacts.browser.Routes;
import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.i18n.BundleTranslations;
import org.ccfacts.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Media;

/**
 * The handout as a reader saves it: Chromium's print-to-PDF of {@code /handout}, read back with PDFBox. One
 * page per chart, every font embedded, the charts as vectors (no picture), the titles as text. The PDFs are
 * left in {@code target/handout-<lang>.pdf} to look at.
 */
class HandoutPdfIT extends BrowserTest {

    @Autowired
    private ChartCatalog catalog;

    private byte[] print(Language language, List<ChartDefinition> charts) throws IOException {
        page.navigate(url("/handout?lang=" + language.code() + "&charts="
                + charts.stream().map(ChartDefinition::id).collect(Collectors.joining(","))));
        Routes.waitForEveryChart(page);
        assertThat(page.locator(".handout-page apex-chart[data-ready]")).hasCount(charts.size());
        page.evaluate("() => document.fonts.ready");
        byte[] pdf = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true));
        Files.write(Path.of("target", "handout-" + language.code() + ".pdf"), pdf);
        return pdf;
    }

    @Test
    void englishHandoutIsOneVectorPagePerChartWithEmbeddedFontsAndItsTitleAsText() throws IOException {
        List<ChartDefinition> charts = catalog.all();
        byte[] pdf = print(Language.EN, charts);
        // what each chart wrote in its SVG (an axis or bar label), read in the browser that drew it
        List<String> chartTexts = new ArrayList<>();
        for (ChartDefinition chart : charts) {
            chartTexts.add(page.locator("#handout-chart-" + chart.id() + " svg text.apexcharts-text tspan")
                    .allTextContents().stream().map(String::strip).filter(t -> t.length() > 2).findFirst().orElseThrow());
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("one page per chart").isEqualTo(charts.size());
            for (int i = 0; i < charts.size(); i++) {
                PDPage pdfPage = document.getPage(i);
                assertThat(pdfPage.getMediaBox().getWidth()).as("landscape").isGreaterThan(pdfPage.getMediaBox().getHeight());
                String text = oneLine(pageText(document, i));
                assertThat(text).as("page %d", i + 1).contains(charts.get(i).title(Locale.ENGLISH))
                        .contains(oneLine(chartTexts.get(i)))
                        .contains("/chart/" + charts.get(i).id())
                        .doesNotContain(BundleTranslations.get(Locale.ENGLISH, "handout.print"));
                assertVectorsWithEmbeddedFonts(pdfPage.getResources(), "page " + (i + 1));
            }
        }
    }

    @Test
    void arabicHandoutIsOnePagePerChartWithEmbeddedFontsAndItsArabicTitleAsText() throws IOException {
        List<ChartDefinition> charts = catalog.all().subList(0, 2);
        byte[] pdf = print(Language.AR, charts);
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(charts.size());
            for (int i = 0; i < charts.size(); i++) {
                List<String> words = arabicWords(charts.get(i).title(Language.AR.locale()));
                assertThat(words).as("the title's Arabic words").isNotEmpty();
                // PDFBox reorders right-to-left text line by line and may split a word where Chromium placed its
                // glyphs in two runs (seen with "تجارة" on a wrapped title): a word of the title, whole, is the check
                String text = Normalizer.normalize(pageText(document, i), Normalizer.Form.NFKC).replaceAll("\\s+", "");
                assertThat(words).as("page %d holds a word of its title", i + 1).anyMatch(text::contains);
                assertVectorsWithEmbeddedFonts(document.getPage(i).getResources(), "page " + (i + 1));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"ZH", "RU"})
    void chineseAndRussianHandoutsPrintOnePagePerChartInTheBundledFonts(Language language) throws IOException {
        List<ChartDefinition> charts = catalog.all().subList(0, 2);
        byte[] pdf = print(language, charts);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(charts.size());
            for (int i = 0; i < charts.size(); i++) {
                assertThat(oneLine(pageText(document, i))).contains(charts.get(i).title(language.locale()));
                assertVectorsWithEmbeddedFonts(document.getPage(i).getResources(), "page " + (i + 1));
            }
        }
    }

    @Test
    void theHandoutIsLightWhenThePageIsDark() {
        String path = "/handout?lang=en&charts=" + catalog.all().get(0).id();
        String script = "() => { const axis = document.querySelector('.handout-page apex-chart .apexcharts-xaxis-label');"
                + " const title = document.querySelector('.handout-title');"
                + " return [getComputedStyle(document.querySelector('.cc-handout')).backgroundColor,"
                + " getComputedStyle(title).color, getComputedStyle(axis).fill,"
                + " document.documentElement.getAttribute('theme')].join(' | '); }";
        page.navigate(url(path));
        Routes.waitForEveryChart(page);
        String light = (String) page.evaluate(script);

        BrowserContext darkContext = context.browser().newContext();
        try {
            darkContext.addInitScript("localStorage.setItem('ccfacts-theme', 'dark')");
            Page dark = watched(darkContext.newPage());
            dark.navigate(url(path));
            Routes.waitForEveryChart(dark);
            assertThat(light).endsWith(" | ").startsWith("rgb(255, 255, 255) | ");
            assertThat((String) dark.evaluate(script)).as("the dark page's handout").isEqualTo(light + "dark");
            dark.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "handout-dark-screen.png")));
        } finally {
            darkContext.close();
        }
    }

    @Test
    void theDashboardsHandoutLinkOpensTheChosenChartsAndItsButtonPrintsOnceEveryChartHasDrawn() {
        String left = catalog.all().get(1).id();
        List<String> chosen = catalog.all().stream().map(ChartDefinition::id).filter(id -> !id.equals(left)).toList();
        // the browser's print dialog cannot be driven: the test's stand-in records what was drawn when it was asked for
        context.addInitScript("window.print = () => { window.printedCharts = Array.from(document.querySelectorAll("
                + "'.handout-page apex-chart')).filter(c => c.hasAttribute('data-ready') && c.querySelector('svg.apexcharts-svg')).length; }");
        page.navigate(url("/?lang=ar"));
        Routes.waitForEveryChart(page);
        // the checkboxes are made when the list is first opened
        page.locator("#deck-choice summary").click();
        page.locator("[data-deck-chart='" + left + "']").uncheck();
        Locator link = page.locator("[data-export='handout']");
        assertThat(link).hasText(BundleTranslations.get(Language.AR.locale(), "handout.link"));
        assertThat(link).hasAttribute("href", "handout?lang=ar&charts=" + String.join(",", chosen));

        Page handout = watched(page.waitForPopup(link::click));
        handout.locator("[data-handout-print]").click(); // at once: it waits for the charts itself
        handout.waitForFunction("() => window.printedCharts !== undefined");
        assertThat(handout.evaluate("() => window.printedCharts")).as("charts drawn when print was called").isEqualTo(chosen.size());
        assertThat(handout.locator(".handout-page")).hasCount(chosen.size());
        assertThat(handout.locator(".handout-title").first()).hasText(catalog.all().get(0).title(Language.AR.locale()));
        assertThat(handout.locator("html")).hasAttribute("dir", "rtl");
    }

    @Test
    void printHidesTheToolsAndUnknownChartsAreRefusedWithA404() {
        page.navigate(url("/handout?lang=en&charts=" + catalog.all().get(0).id()));
        Routes.waitForEveryChart(page);
        assertThat(page.locator("[data-handout-print]")).isVisible();
        assertThat(page.locator("[data-handout-print]")).hasText(BundleTranslations.get(Locale.ENGLISH, "handout.print"));
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("[data-handout-print]")).isHidden();

        Response refused = page.navigate(url("/handout?lang=en&charts=" + catalog.all().get(0).id() + ",no-such-chart"));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.text()).contains("no-such-chart").contains(catalog.all().get(0).id());
    }

    private static String pageText(PDDocument document, int index) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(index + 1);
        stripper.setEndPage(index + 1);
        return stripper.getText(document);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The title's Arabic words of three letters or more. */
    private static List<String> arabicWords(String title) {
        return Arrays.stream(title.split("[^\\p{IsArabic}]+")).filter(w -> w.length() >= 3).toList();
    }

    /**
     * No picture anywhere on the page (the chart is paths and text), and text in the app's bundled fonts,
     * every one embedded.
     */
    private static void assertVectorsWithEmbeddedFonts(PDResources resources, String where) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        List<String> pictures = new ArrayList<>();
        collect(resources, fonts, pictures);
        assertThat(pictures).as("%s: pictures", where).isEmpty();
        assertThat(fonts).as("%s: fonts", where).isNotEmpty()
                .allSatisfy(font -> assertThat(font.isEmbedded()).as("%s: %s embedded", where, font.getName()).isTrue())
                .anySatisfy(font -> assertThat(font.getName()).as("the bundled font").contains("NotoSans"));
    }

    private static void collect(PDResources resources, List<PDFont> fonts, List<String> pictures) throws IOException {
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                pictures.add(name.getName());
            } else if (object instanceof PDFormXObject form && form.getResources() != null) {
                collect(form.getResources(), fonts, pictures);
            }
        }
    }
}

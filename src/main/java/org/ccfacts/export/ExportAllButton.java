package org.ccfacts.export;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.chart.ApexChart;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.i18n.BundleTranslations;
import org.ccfacts.i18n.Language;
import org.ccfacts.security.ClientScript;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * "Export all charts": the charts chosen (all at first) as a PPTX deck with one slide per chart, light or
 * dark (see {@link SlideDeck}). Charts with a native form are built on the server from their rows; only the
 * others (the timeline) are drawn off screen in the browser and sent back as PNGs.
 */
@JsModule("./chart-export.ts")
public class ExportAllButton extends Composite<Div> {

    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    /** Draws every chart inside the element as an image of $0 × $1 at scale $2 (chart-export.ts); answers with a JSON list. */
    private static final ClientScript DECK_IMAGES = ClientScript.onElementWithResult(
            "return window.ccfactsExport.deckImages(this, $0, $1, $2).then(images => JSON.stringify(images))", 3);
    /** Starts the download of the link the deck was put behind. */
    private static final ClientScript CLICK = ClientScript.onElement("this.click()", 0);

    private final DatasetService datasetService;
    private final DeckExport deckExport;
    private final Locale locale;
    private final NativeButton button;
    private final Span status = new Span();
    private final Anchor download = new Anchor();
    private final DeckChoice choice;
    /** The PDF handout of the same charts, in the page's language (org.ccfacts.present.HandoutView, by address). */
    private final Anchor handout = new Anchor();

    public ExportAllButton(ChartCatalog catalog, DatasetService datasetService, DeckExport deckExport, Locale locale) {
        this.datasetService = datasetService;
        this.deckExport = deckExport;
        this.locale = locale;
        button = new NativeButton(BundleTranslations.get(locale, "export.all"));
        button.addClassNames("cc-button", "cc-button-primary");
        button.getElement().setAttribute("data-export", "deck");
        button.getElement().setAttribute("title", BundleTranslations.get(locale, "export.all.tooltip"));
        button.addClickListener(e -> start());
        status.getElement().setAttribute("aria-live", "polite");
        status.getElement().setAttribute("data-export-status", "deck");
        download.getStyle().set("display", "none");
        download.getElement().setAttribute("router-ignore", "");
        choice = new DeckChoice(catalog.all(), locale);
        handout.setText(BundleTranslations.get(locale, "handout.link"));
        handout.getElement().setAttribute("data-export", "handout");
        handout.setTarget("_blank");
        choice.onChange(this::linkHandout);
        linkHandout();
        getContent().add(choice, button, handout, status, download);
        getContent().getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline")
                .set("flex-wrap", "wrap");
    }

    private void start() {
        List<String> chosen = choice.chosen();
        ExportTheme theme = choice.theme();
        if (chosen.isEmpty()) {
            status.setText(BundleTranslations.get(locale, "export.status.refused",
                    new InvalidExportException("export.refused.deck-none").message(locale)));
            return;
        }
        button.setEnabled(false);
        status.setText(BundleTranslations.get(locale, "export.all.drawing", chosen.size()));
        // only the charts without a native form (the timeline) are drawn by the browser, as pictures
        List<ChartDefinition> pictures = deckExport.pictureCharts(deckExport.chosen(chosen), locale);
        String baseUrl = PublicUrl.base();
        if (pictures.isEmpty()) {
            deliver(chosen, List.of(), baseUrl, theme);
            return;
        }
        Div stage = offscreenCharts(pictures);
        getContent().add(stage);
        DECK_IMAGES.runThen(stage.getElement(), String.class, json -> {
            getContent().remove(stage);
            try {
                deliver(chosen, ExportJson.stringList(json, pictures.size()), baseUrl, theme);
            } catch (InvalidExportException refused) {
                finish(BundleTranslations.get(locale, "export.status.refused", refused.message(locale)));
            }
        }, error -> {
            getContent().remove(stage);
            finish(BundleTranslations.get(locale, "export.status.failed", error));
        }, SlideDeck.IMAGE_WIDTH, SlideDeck.IMAGE_HEIGHT, SlideDeck.IMAGE_SCALE);
    }

    private void deliver(List<String> chosen, List<String> images, String baseUrl, ExportTheme theme) {
        try {
            byte[] deck = deckExport.build(chosen, images, locale, baseUrl, theme);
            offer(deck, deckExport.fileName(locale));
            finish(BundleTranslations.get(locale, "export.status.downloaded", deckExport.fileName(locale)));
        } catch (InvalidExportException refused) {
            finish(BundleTranslations.get(locale, "export.status.refused", refused.message(locale)));
        }
    }

    /** The charts to draw as pictures, where nobody sees them: the browser renders each from its own options. */
    private Div offscreenCharts(List<ChartDefinition> charts) {
        Dataset dataset = datasetService.current();
        Div stage = new Div();
        stage.getElement().setAttribute("aria-hidden", "true");
        stage.getStyle().set("position", "fixed").set("left", "-100000px").set("top", "0").set("width", "900px");
        for (ChartDefinition definition : charts) {
            ApexChart chart = new ApexChart();
            chart.setWidth("900px");
            chart.setHeight(definition.layout().heights().deck());
            chart.setOptions(definition.options(dataset, locale));
            chart.setLocale(locale.toLanguageTag());
            stage.add(chart);
        }
        return stage;
    }

    /** Points the handout link at the charts chosen; with none chosen it is no link, and says why. */
    private void linkHandout() {
        List<String> chosen = choice.chosen();
        if (chosen.isEmpty()) {
            handout.removeHref();
            handout.getElement().setAttribute("title", BundleTranslations.get(locale, "handout.none"));
            return;
        }
        handout.setHref("handout?lang=" + Language.orFallback(locale).code() + "&charts=" + String.join(",", chosen));
        handout.getElement().setAttribute("title", BundleTranslations.get(locale, "handout.link.tooltip"));
    }

    /** For tests: the handout link. */
    Anchor handoutLink() {
        return handout;
    }

    /** For tests: the deck's choices. */
    DeckChoice choice() {
        return choice;
    }

    private void offer(byte[] deck, String fileName) {
        download.setHref(DownloadHandler.fromInputStream(event ->
                new DownloadResponse(new ByteArrayInputStream(deck), fileName, PPTX, deck.length)));
        CLICK.run(download.getElement());
    }

    private void finish(String message) {
        button.setEnabled(true);
        status.setText(message);
    }
}

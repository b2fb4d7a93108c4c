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
 * "Export all charts": one click draws every chart of the catalog off screen in the browser, sends the
 * PNGs back, and downloads a PPTX deck with one slide per chart (see {@link SlideDeck}).
 */
@JsModule("./chart-export.ts")
public class ExportAllButton extends Composite<Div> {

    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    /** Draws every chart inside the element as an image of $0 × $1 at scale $2 (chart-export.ts); answers with a JSON list. */
    private static final ClientScript DECK_IMAGES = ClientScript.onElementWithResult(
            "return window.ccfactsExport.deckImages(this, $0, $1, $2).then(images => JSON.stringify(images))", 3);
    /** Starts the download of the link the deck was put behind. */
    private static final ClientScript CLICK = ClientScript.onElement("this.click()", 0);

    private final ChartCatalog catalog;
    private final DatasetService datasetService;
    private final DeckExport deckExport;
    private final Locale locale;
    private final NativeButton button;
    private final Span status = new Span();
    private final Anchor download = new Anchor();

    public ExportAllButton(ChartCatalog catalog, DatasetService datasetService, DeckExport deckExport, Locale locale) {
        this.catalog = catalog;
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
        getContent().add(button, status, download);
        getContent().getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
    }

    private void start() {
        button.setEnabled(false);
        status.setText(BundleTranslations.get(locale, "export.all.drawing", catalog.all().size()));
        Div stage = offscreenCharts();
        getContent().add(stage);
        String baseUrl = PublicUrl.base();
        DECK_IMAGES.runThen(stage.getElement(), String.class, json -> {
            getContent().remove(stage);
            try {
                List<String> images = ExportJson.stringList(json, deckExport.expectedImages());
                byte[] deck = deckExport.build(images, locale, baseUrl);
                offer(deck, deckExport.fileName(locale));
                finish(BundleTranslations.get(locale, "export.status.downloaded", deckExport.fileName(locale)));
            } catch (InvalidExportException refused) {
                finish(BundleTranslations.get(locale, "export.status.refused", refused.message(locale)));
            }
        }, error -> {
            getContent().remove(stage);
            finish(BundleTranslations.get(locale, "export.status.failed", error));
        }, SlideDeck.IMAGE_WIDTH, SlideDeck.IMAGE_HEIGHT, SlideDeck.IMAGE_SCALE);
    }

    /** Every chart, drawn where nobody sees it: the browser renders each from its own options. */
    private Div offscreenCharts() {
        Dataset dataset = datasetService.current();
        Div stage = new Div();
        stage.getElement().setAttribute("aria-hidden", "true");
        stage.getStyle().set("position", "fixed").set("left", "-100000px").set("top", "0").set("width", "900px");
        for (ChartDefinition definition : catalog.all()) {
            ApexChart chart = new ApexChart();
            chart.setWidth("900px");
            chart.setHeight(definition.layout().heights().deck());
            chart.setOptions(definition.options(dataset, locale));
            chart.setLocale(locale.toLanguageTag());
            stage.add(chart);
        }
        return stage;
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

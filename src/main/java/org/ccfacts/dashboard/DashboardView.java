package org.ccfacts.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.catalog.Citations;
import org.ccfacts.catalog.Headline;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.dataset.Observation;
import org.ccfacts.dataset.Poll;
import org.ccfacts.export.DeckExport;
import org.ccfacts.history.Change;
import org.ccfacts.history.DatasetHistory;
import org.ccfacts.export.ExportAllButton;
import org.ccfacts.export.ExportCaptions;
import org.ccfacts.format.FigureFormat;
import org.ccfacts.frame.MainLayout;
import org.ccfacts.i18n.BidiText;
import org.ccfacts.i18n.ViewLocale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

/**
 * The main screen policy staff read: headline figures, the charts of the catalog and the context,
 * every number from the dataset with its source one click away.
 */
@Route(value = "", layout = MainLayout.class)
public class DashboardView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final DatasetService datasetService;
    private final DatasetHistory history;
    private final ChartCatalog catalog;
    private final DeckExport deckExport;
    private final DashboardContent shared;
    private final Locale locale;
    private final FigureFormat format;

    private final ExportCaptions captions;
    /** The version shown: the current one, or an earlier one asked for with {@code ?version=} (read-only). */
    private Dataset dataset;
    /** Shared by every session showing this version in this language. */
    private DashboardContent.Content content;

    public DashboardView(DatasetService datasetService, ChartCatalog catalog, ExportCaptions captions,
                         DeckExport deckExport, DashboardContent shared, DatasetHistory history) {
        this.datasetService = datasetService;
        this.history = history;
        this.catalog = catalog;
        this.deckExport = deckExport;
        this.shared = shared;
        this.captions = captions;
        this.locale = ViewLocale.current();
        this.format = new FigureFormat(locale);
        addClassName("cc-dashboard");
    }

    /**
     * Builds the page for the version the address asks for: {@code ?version=} an earlier one the history keeps (an
     * unknown one is "not found"), else the current one. The query is only known here, not in the constructor.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Dataset current = datasetService.current();
        List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault(MainLayout.VERSION, List.of());
        Optional<Dataset> earlier = asked.isEmpty() || asked.getFirst().equals(current.version())
                ? Optional.empty() : history.version(asked.getFirst());
        if (!asked.isEmpty() && !asked.getFirst().equals(current.version()) && earlier.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("version.unknown"));
            return;
        }
        this.dataset = earlier.orElse(current);
        this.content = shared.of(dataset, locale);

        Paragraph intro = new Paragraph(getTranslation("app.subtitle"));
        intro.addClassName("cc-intro");
        earlier.ifPresent(d -> add(EarlierVersionBanner.of(d)));
        add(intro, kpis(catalog), charts(catalog, earlier.isPresent() ? null
                        : new ExportAllButton(catalog, datasetService, deckExport, locale)),
                context());
    }

    /** Whether the page shows the version being served (marks of recent revisions belong to it only). */
    private boolean showsCurrent() {
        return history.versions().isEmpty() || history.versions().getLast().version().equals(dataset.version());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }

    /** The headline figures the charts of the catalog give, in catalog order. */
    private Section kpis(ChartCatalog catalog) {
        Div grid = new Div();
        grid.addClassName("cc-kpi-grid");
        for (ChartDefinition chart : catalog.all()) {
            for (Headline headline : chart.headlines(dataset)) {
                grid.add(switch (headline.kind()) {
                    case OBSERVATION -> observationCard(headline);
                    case POLL -> pollCard(headline);
                });
            }
        }
        return section("kpis", "section.kpis", grid);
    }

    private KpiCard observationCard(Headline headline) {
        String id = headline.figureId();
        Optional<Observation> found = dataset.observation(id);
        if (found.isEmpty()) {
            return KpiCard.absent(id, getTranslation(headline.labelKey(), ""));
        }
        Observation o = found.get();
        Dataset shown = dataset;
        return revised(new KpiCard(id, format.value(o), getTranslation(headline.labelKey(), format.period(o.period())),
                BidiText.isolate(Citations.cite(dataset, o.source(), locale)), badge(headline),
                () -> FigureHistory.addTo(SourcePanel.of(shown, o, format), history, Change.Kind.OBSERVATION, id, locale)),
                Change.Kind.OBSERVATION, id);
    }

    private KpiCard pollCard(Headline headline) {
        String id = headline.figureId();
        Optional<Poll> found = dataset.poll(id);
        if (found.isEmpty()) {
            return KpiCard.absent(id, "");
        }
        Poll p = found.get();
        String label = p.question().in(locale.getLanguage());
        String citation = getTranslation("kpi.poll.label", p.pollster(), p.date().toString());
        Dataset shown = dataset;
        return revised(new KpiCard(id, format.percent(p.share()), label, citation, badge(headline),
                () -> FigureHistory.addTo(SourcePanel.of(shown, p, format), history, Change.Kind.POLL, id, locale)),
                Change.Kind.POLL, id);
    }

    /** "Revised on 2026-11-11" on a figure of the current version changed in the last 90 days (DatasetHistory.RECENT). */
    private KpiCard revised(KpiCard card, Change.Kind kind, String id) {
        if (showsCurrent()) {
            history.revisedOn(kind, id).ifPresent(at -> card.add(FigureHistory.mark(id, at, locale)));
        }
        return card;
    }

    /** The mark the chart gave the figure ("Record"), or {@code null} for none. */
    private String badge(Headline headline) {
        return headline.markKey().map(this::getTranslation).orElse(null);
    }

    /** Every chart of the catalog as a card: layout, height and notes are the chart's own (ChartDefinition). */
    private Section charts(ChartCatalog catalog, ExportAllButton exportAll) {
        Div grid = new Div();
        grid.addClassName("cc-chart-grid");
        for (ChartDefinition definition : catalog.all()) {
            grid.add(new ChartCard(definition, dataset, content.charts().get(definition.id()), locale, captions));
        }
        Anchor present = new Anchor("present", getTranslation("nav.present"));
        present.setId("present-all");
        // an earlier version is read-only: no deck of it (the deck is made from the current version)
        Div tools = exportAll == null ? new Div(present) : new Div(exportAll, present);
        tools.addClassName("cc-section-tools");
        return section("charts", "section.charts", tools, grid);
    }

    /** The six priority areas, the centres and platform, the five countries: lists from the sources. */
    private Section context() {
        Div grid = new Div();
        grid.addClassName("cc-context-grid");
        grid.add(blocks(content.contextCards()));
        return section("context", "section.context", grid);
    }

    /** Text-only blocks: one server-side element each (StaticMarkup). */
    private static Component[] blocks(List<StaticMarkup.Block> blocks) {
        return blocks.stream().map(MarkupBlock::new).toArray(Component[]::new);
    }

    private Section section(String id, String titleKey, Component... content) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.add(content);
        section.setId("section-" + id);
        section.addClassName("cc-section");
        return section;
    }
}

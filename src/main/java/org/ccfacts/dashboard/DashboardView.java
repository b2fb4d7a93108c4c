package org.ccfacts.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.catalog.Citations;
import org.ccfacts.catalog.InvestmentChart;
import org.ccfacts.catalog.PollsChart;
import org.ccfacts.catalog.SummitTimelineChart;
import org.ccfacts.catalog.TradeByCountryChart;
import org.ccfacts.catalog.TradeVolumeChart;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.dataset.Observation;
import org.ccfacts.dataset.Poll;
import org.ccfacts.export.DeckExport;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The main screen policy staff read: headline figures, the charts of the catalog and the context,
 * every number from the dataset with its source one click away.
 */
@Route(value = "", layout = MainLayout.class)
public class DashboardView extends Div implements HasDynamicTitle {

    /** The headline figures: observations and polls of the dataset, by id. */
    static final String TRADE_KPI = "trade-2024-usd";
    static final String INVESTMENT_KPI = "investment-total-2025-06";
    static final List<String> POLL_KPIS = List.of("poll-mechanism", "poll-bri");

    private final Dataset dataset;
    private final Locale locale;
    private final FigureFormat format;

    private final ExportCaptions captions;
    /** Shared by every session showing this version in this language. */
    private final DashboardContent.Content content;

    public DashboardView(DatasetService datasetService, ChartCatalog catalog, ExportCaptions captions,
                         DeckExport deckExport, DashboardContent shared) {
        this.dataset = datasetService.current();
        this.captions = captions;
        this.locale = ViewLocale.current();
        this.format = new FigureFormat(locale);
        this.content = shared.of(dataset, locale);
        addClassName("cc-dashboard");

        Paragraph intro = new Paragraph(getTranslation("app.subtitle"));
        intro.addClassName("cc-intro");
        add(intro, kpis(), charts(catalog, new ExportAllButton(catalog, datasetService, deckExport, locale)),
                context());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }

    private Section kpis() {
        Div grid = new Div();
        grid.addClassName("cc-kpi-grid");
        grid.add(observationCard(TRADE_KPI, "kpi.trade.label", true));
        grid.add(observationCard(INVESTMENT_KPI, "kpi.investment.label", false));
        POLL_KPIS.forEach(id -> grid.add(pollCard(id)));
        return section("kpis", "section.kpis", grid);
    }

    private KpiCard observationCard(String id, String labelKey, boolean markRecord) {
        Optional<Observation> found = dataset.observation(id);
        if (found.isEmpty()) {
            return KpiCard.absent(id, getTranslation(labelKey, ""));
        }
        Observation o = found.get();
        String badge = markRecord && isRecord(o) ? getTranslation("kpi.trade.record") : null;
        return new KpiCard(id, format.value(o), getTranslation(labelKey, format.period(o.period())),
                BidiText.isolate(Citations.cite(dataset, o.source(), locale)), badge, () -> SourcePanel.of(dataset, o, format));
    }

    /** A record is the highest of the whole-year figures drawn on the trade chart: derived, not typed in. */
    private boolean isRecord(Observation o) {
        return TradeVolumeChart.mainSeries(dataset).stream().map(Observation::value).max(BigDecimal::compareTo)
                .filter(max -> max.compareTo(o.value()) == 0).isPresent();
    }

    private KpiCard pollCard(String id) {
        Optional<Poll> found = dataset.poll(id);
        if (found.isEmpty()) {
            return KpiCard.absent(id, "");
        }
        Poll p = found.get();
        String label = p.question().in(locale.getLanguage());
        String citation = getTranslation("kpi.poll.label", p.pollster(), p.date().toString());
        return new KpiCard(id, format.percent(p.share()), label, citation, null,
                () -> SourcePanel.of(dataset, p, format));
    }

    private Section charts(ChartCatalog catalog, ExportAllButton exportAll) {
        StaticMarkup.Blocks markup = content.markup();
        Div grid = new Div();
        grid.addClassName("cc-chart-grid");
        for (ChartDefinition definition : catalog.all()) {
            ChartCard card = new ChartCard(definition, dataset, content.charts().get(definition.id()), locale,
                    heightOf(definition.id()), captions);
            switch (definition.id()) {
                case TradeVolumeChart.ID -> card.withNotes(blocks(List.of(markup.tradeNotes())));
                case TradeByCountryChart.ID -> card.withNotes(blocks(markup.countryNotes()));
                case PollsChart.ID -> card.withNotes(blocks(List.of(markup.pollQuestions())));
                case SummitTimelineChart.ID -> card.withNotes(blocks(List.of(markup.events())));
                default -> { }
            }
            if (definition.id().equals(TradeVolumeChart.ID) || definition.id().equals(SummitTimelineChart.ID)) {
                card.addClassName("cc-wide");
            }
            grid.add(card);
        }
        Anchor present = new Anchor("present", getTranslation("nav.present"));
        present.setId("present-all");
        Div tools = new Div(exportAll, present);
        tools.addClassName("cc-section-tools");
        return section("charts", "section.charts", tools, grid);
    }

    private static String heightOf(String chartId) {
        return switch (chartId) {
            case TradeVolumeChart.ID -> "380px";
            case InvestmentChart.ID, SummitTimelineChart.ID -> "400px";
            case PollsChart.ID -> "240px";
            default -> "340px";
        };
    }

    /** The six priority areas, the centres and platform, the five countries: lists from the sources. */
    private Section context() {
        Div grid = new Div();
        grid.addClassName("cc-context-grid");
        grid.add(blocks(content.markup().contextCards()));
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

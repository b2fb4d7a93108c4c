package org.ccfacts.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ccfacts.a11y.ChartSummary;
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
import org.ccfacts.dataset.Event;
import org.ccfacts.dataset.NamedList;
import org.ccfacts.dataset.Observation;
import org.ccfacts.dataset.Poll;
import org.ccfacts.export.DeckExport;
import org.ccfacts.export.ExportAllButton;
import org.ccfacts.export.ExportCaptions;
import org.ccfacts.export.PublicUrl;
import org.ccfacts.format.FigureFormat;
import org.ccfacts.i18n.BidiText;
import org.ccfacts.i18n.ViewLocale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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
    private final ChartSummary summary;

    public DashboardView(DatasetService datasetService, ChartCatalog catalog, ExportCaptions captions,
                         ChartSummary summary, DeckExport deckExport) {
        this.dataset = datasetService.current();
        this.captions = captions;
        this.summary = summary;
        this.locale = ViewLocale.current();
        this.format = new FigureFormat(locale);
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
        Div grid = new Div();
        grid.addClassName("cc-chart-grid");
        for (ChartDefinition definition : catalog.all()) {
            ChartCard card = new ChartCard(definition, dataset, locale, heightOf(definition.id()),
                    captions.caption(definition, locale, PublicUrl.base()), summary);
            switch (definition.id()) {
                case TradeVolumeChart.ID -> card.withNotes(tradeNotes());
                case TradeByCountryChart.ID -> card.withNotes(countryNotes());
                case PollsChart.ID -> card.withNotes(pollQuestions());
                case SummitTimelineChart.ID -> card.withNotes(eventList());
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

    /** Part-year and yuan figures: shown beside the chart, never on its whole-year US-dollar axis. */
    private Component[] tradeNotes() {
        Div notes = new Div();
        for (Observation o : TradeVolumeChart.partialYears(dataset)) {
            Div partial = new Div();
            partial.setId("partial-" + o.id());
            partial.addClassName("cc-partial");
            Span heading = new Span(getTranslation("trade.partial.title"));
            heading.addClassName("cc-partial-title");
            String period = getTranslation("trade.partial.period", monthName(o.period().start().month()),
                    monthName(o.period().end().month()), String.valueOf(o.period().year()));
            Span value = new Span(getTranslation("trade.partial.text", format.value(o), period));
            value.addClassName("cc-partial-value");
            Span cite = new Span(BidiText.isolate(Citations.cite(dataset, o.source(), locale)) + o.note().map(n -> ". " + n.in(locale.getLanguage())).orElse(""));
            cite.addClassName("cc-cite");
            partial.add(heading, value, cite);
            notes.add(partial);
        }
        List<String> yuan = TradeVolumeChart.otherCurrencyYears(dataset).stream()
                .map(o -> o.period() + ": " + format.value(o)).toList();
        if (!yuan.isEmpty()) {
            Paragraph other = new Paragraph(getTranslation("trade.other-currency", String.join("; ", yuan)));
            other.setId("trade-yuan");
            other.addClassName("cc-cite");
            notes.add(other);
        }
        return new Component[] {notes};
    }

    private String monthName(int month) {
        return java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, locale);
    }

    private Component[] countryNotes() {
        return TradeByCountryChart.otherStatistics(dataset).stream().map(national -> {
            String customs = TradeByCountryChart.chinaCustoms(dataset).stream()
                    .filter(o -> o.country().equals(national.country())).findFirst()
                    .map(format::value).orElse(getTranslation("source.unknown"));
            Paragraph note = new Paragraph(getTranslation("country.uz-national", format.value(national), customs)
                    + " " + BidiText.isolate(Citations.cite(dataset, national.source(), locale)));
            note.setId("national-" + national.id());
            note.addClassName("cc-note");
            return (Component) note;
        }).toArray(Component[]::new);
    }

    private Component[] pollQuestions() {
        OrderedList list = new OrderedList();
        list.setId("poll-questions");
        for (Poll p : dataset.polls()) {
            list.add(new ListItem(getTranslation("polls.item", format.percent(p.share()),
                    p.question().in(locale.getLanguage()), p.pollster(), p.date().toString())));
        }
        return new Component[] {list};
    }

    private Component[] eventList() {
        OrderedList list = new OrderedList();
        list.setId("event-list");
        list.addClassName("cc-events");
        String language = locale.getLanguage();
        for (Event e : dataset.timeline()) {
            ListItem item = new ListItem();
            item.setId("event-" + e.id());
            boolean scheduled = e.status() == Event.Status.SCHEDULED;
            item.addClassName(scheduled ? "cc-event-scheduled" : "cc-event-held");
            Span date = new Span(SummitTimelineChart.published(e));
            date.addClassName("cc-event-date");
            Span status = new Span(getTranslation(scheduled ? "timeline.scheduled" : "timeline.held"));
            status.getElement().getThemeList().add(scheduled ? "badge contrast" : "badge");
            status.addClassName("cc-event-status");
            Span title = new Span(e.title().in(language));
            title.addClassName("cc-event-title");
            item.add(date, status, title);
            e.place().ifPresent(place -> item.add(new Paragraph(getTranslation("timeline.item.place", place.in(language)))));
            e.note().ifPresent(note -> item.add(new Paragraph(note.in(language))));
            Paragraph sources = new Paragraph(getTranslation("timeline.item.sources",
                    String.join(getTranslation("export.source.separator"), e.sources().stream().map(s -> BidiText.isolate(Citations.cite(dataset, s, locale))).toList())));
            sources.addClassName("cc-cite");
            item.add(sources);
            list.add(item);
        }
        return new Component[] {list};
    }

    /** The six priority areas, the centres and platform, the five countries: lists from the sources. */
    private Section context() {
        Div grid = new Div();
        grid.addClassName("cc-context-grid");
        grid.add(listCard("context.lists.countries", List.of("countries")));
        grid.add(listCard("context.lists.areas", List.of("priority-areas")));
        grid.add(listCard("context.lists.centres", List.of("cooperation-centres", "cooperation-platforms")));
        return section("context", "section.context", grid);
    }

    private Div listCard(String titleKey, List<String> listIds) {
        Div card = new Div();
        card.addClassName("cc-card");
        card.setId("context-" + listIds.get(0));
        card.add(new H3(getTranslation(titleKey)));
        String language = locale.getLanguage();
        for (String id : listIds) {
            dataset.list(id).ifPresent(list -> {
                Paragraph listTitle = new Paragraph(list.title().in(language));
                listTitle.addClassName("cc-list-title");
                UnorderedList items = new UnorderedList();
                items.setId("list-" + list.id());
                for (NamedList.Item item : list.items()) {
                    items.add(new ListItem(item.label().in(language)));
                }
                Paragraph cite = new Paragraph(BidiText.isolate(Citations.cite(dataset, list.source(), locale)));
                cite.addClassName("cc-cite");
                card.add(listTitle, items, cite);
            });
        }
        return card;
    }

    private Section section(String id, String titleKey, Component... content) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.add(content);
        section.setId("section-" + id);
        section.addClassName("cc-section");
        return section;
    }
}

package org.ccfacts.dashboard;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.ccfacts.catalog.Citations;
import org.ccfacts.catalog.SummitTimelineChart;
import org.ccfacts.catalog.TradeByCountryChart;
import org.ccfacts.catalog.TradeVolumeChart;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.Event;
import org.ccfacts.dataset.NamedList;
import org.ccfacts.dataset.Observation;
import org.ccfacts.dataset.Poll;
import org.ccfacts.format.FigureFormat;
import org.ccfacts.i18n.BidiText;
import org.ccfacts.i18n.Language;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The dashboard's text-only blocks — the event list under the summit timeline, the poll questions, the
 * context lists, the trade notes — as markup, for one dataset version in one language; and single texts
 * (a card's title, a headline figure) as blocks of one element.
 *
 * <p>Why markup: Flow keeps server-side state for every element and every text of a page, per session;
 * these blocks were some 150 of the dashboard's 370 state nodes and never change while the page is open.
 * As markup each is one element whose content the browser builds ({@link MarkupBlock}), and
 * {@link DashboardContent} shares one copy among all sessions.
 *
 * <p>Why this is safe with hostile data: the markup is built with jsoup's DOM API only — data goes in
 * through {@link Element#text(String)}, never into a string of markup — and serialized by jsoup, which
 * escapes text and attribute values. Only the fixed elements, ids and classes below are ever created
 * (StaticMarkupTest checks it on the hostile dataset).
 */
final class StaticMarkup {

    /**
     * One block: the outer element's tag, id and class (empty: none), which the server-side element keeps,
     * and its content as markup.
     */
    record Block(String tag, String id, String className, String innerHtml) {
    }

    /** The text blocks of one dashboard: the notes of four chart cards and the context cards. */
    record Blocks(Block events, Block pollQuestions, Block tradeNotes, List<Block> countryNotes,
                  List<Block> contextCards) {
    }

    private final Dataset dataset;
    private final Locale locale;
    private final String code;
    private final FigureFormat format;
    private final I18NProvider translations;

    private StaticMarkup(Dataset dataset, Language language, I18NProvider translations) {
        this.dataset = dataset;
        this.locale = language.locale();
        this.code = language.code();
        this.format = new FigureFormat(locale);
        this.translations = translations;
    }

    static Blocks of(Dataset dataset, Language language, I18NProvider translations) {
        StaticMarkup markup = new StaticMarkup(dataset, language, translations);
        return new Blocks(markup.events(), markup.pollQuestions(), markup.tradeNotes(), markup.countryNotes(),
                List.of(markup.listCard("context.lists.countries", List.of("countries")),
                        markup.listCard("context.lists.areas", List.of("priority-areas")),
                        markup.listCard("context.lists.centres", List.of("cooperation-centres", "cooperation-platforms"))));
    }

    /** One element holding {@code text}: one server-side node instead of two (the element and its text). */
    static Block text(String tag, String className, String text) {
        Element element = element(tag);
        text(element, text);
        return new Block(tag, "", className, element.html());
    }

    /** A headline figure as published, and its badge ("Record") when it has one ({@code null}: none). */
    static Block figure(String figure, String badge) {
        Element top = element("div");
        text(top.appendElement("span").addClass("cc-kpi-value"), figure);
        if (badge != null) {
            text(top.appendElement("span").attr("theme", "badge success").addClass("cc-kpi-badge"), badge);
        }
        return new Block("div", "", "cc-kpi-top", top.html());
    }

    private Block events() {
        Element list = element("ol");
        for (Event e : dataset.timeline()) {
            boolean scheduled = e.status() == Event.Status.SCHEDULED;
            Element item = list.appendElement("li").attr("id", "event-" + e.id())
                    .addClass(scheduled ? "cc-event-scheduled" : "cc-event-held");
            text(item.appendElement("span").addClass("cc-event-date"), SummitTimelineChart.published(e));
            text(item.appendElement("span").attr("theme", scheduled ? "badge contrast" : "badge")
                    .addClass("cc-event-status"), translate(scheduled ? "timeline.scheduled" : "timeline.held"));
            text(item.appendElement("span").addClass("cc-event-title"), e.title().in(code));
            e.place().ifPresent(place -> text(item.appendElement("p"), translate("timeline.item.place", place.in(code))));
            e.note().ifPresent(note -> text(item.appendElement("p"), note.in(code)));
            List<String> sources = e.sources().stream().map(s -> BidiText.isolate(Citations.cite(dataset, s, locale))).toList();
            text(item.appendElement("p").addClass("cc-cite"),
                    translate("timeline.item.sources", String.join(translate("export.source.separator"), sources)));
        }
        return new Block("ol", "event-list", "cc-events", list.html());
    }

    private Block pollQuestions() {
        Element list = element("ol");
        for (Poll p : dataset.polls()) {
            text(list.appendElement("li"), translate("polls.item", format.percent(p.share()), p.question().in(code),
                    p.pollster(), p.date().toString()));
        }
        return new Block("ol", "poll-questions", "", list.html());
    }

    /** Part-year and yuan figures: shown beside the chart, never on its whole-year US-dollar axis. */
    private Block tradeNotes() {
        Element notes = element("div");
        for (Observation o : TradeVolumeChart.partialYears(dataset)) {
            Element partial = notes.appendElement("div").attr("id", "partial-" + o.id()).addClass("cc-partial");
            text(partial.appendElement("span").addClass("cc-partial-title"), translate("trade.partial.title"));
            String period = translate("trade.partial.period", monthName(o.period().start().month()),
                    monthName(o.period().end().month()), String.valueOf(o.period().year()));
            text(partial.appendElement("span").addClass("cc-partial-value"), translate("trade.partial.text", format.value(o), period));
            text(partial.appendElement("span").addClass("cc-cite"), BidiText.isolate(Citations.cite(dataset, o.source(), locale))
                    + o.note().map(n -> ". " + n.in(code)).orElse(""));
        }
        List<String> yuan = TradeVolumeChart.otherCurrencyYears(dataset).stream()
                .map(o -> o.period() + ": " + format.value(o)).toList();
        if (!yuan.isEmpty()) {
            text(notes.appendElement("p").attr("id", "trade-yuan").addClass("cc-cite"),
                    translate("trade.other-currency", String.join("; ", yuan)));
        }
        return new Block("div", "", "", notes.html());
    }

    private String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, locale);
    }

    /** Each partner's own statistic beside China's customs figure for it. */
    private List<Block> countryNotes() {
        return TradeByCountryChart.otherStatistics(dataset).stream().map(national -> {
            String customs = TradeByCountryChart.chinaCustoms(dataset).stream()
                    .filter(o -> o.country().equals(national.country())).findFirst()
                    .map(format::value).orElse(translate("source.unknown"));
            Element note = element("p");
            text(note, translate("country.uz-national", format.value(national), customs)
                    + " " + BidiText.isolate(Citations.cite(dataset, national.source(), locale)));
            return new Block("p", "national-" + national.id(), "cc-note", note.html());
        }).toList();
    }

    /** A card of the context section: its title, then each list with its title and source. */
    private Block listCard(String titleKey, List<String> listIds) {
        Element card = element("div");
        text(card.appendElement("h3"), translate(titleKey));
        for (String id : listIds) {
            dataset.list(id).ifPresent(list -> {
                text(card.appendElement("p").addClass("cc-list-title"), list.title().in(code));
                Element items = card.appendElement("ul").attr("id", "list-" + list.id());
                for (NamedList.Item item : list.items()) {
                    text(items.appendElement("li"), item.label().in(code));
                }
                text(card.appendElement("p").addClass("cc-cite"), BidiText.isolate(Citations.cite(dataset, list.source(), locale)));
            });
        }
        return new Block("div", "context-" + listIds.get(0), "cc-card", card.html());
    }

    private String translate(String key, Object... parameters) {
        return translations.getTranslation(key, locale, parameters);
    }

    /** The outer element of a block, in a document that writes its markup without pretty printing. */
    private static Element element(String tag) {
        Document document = new Document("");
        // pretty printing would put white space between inline elements, which the page shows
        document.outputSettings().prettyPrint(false);
        return document.appendElement(tag);
    }

    /**
     * Sets {@code value} as the element's text. A NUL would be dropped by the browser's HTML parser (a
     * text node set by Flow keeps it); it becomes U+FFFD REPLACEMENT CHARACTER, as the parser does elsewhere.
     */
    private static void text(Element element, String value) {
        element.text(value.replace('\u0000', '\uFFFD'));
    }
}

package org.ccfacts.dashboard;

import java.util.List;
import java.util.Locale;

import org.ccfacts.a11y.ChartReading;
import org.ccfacts.catalog.ChartNote;
import org.ccfacts.catalog.Citations;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.NamedList;
import org.ccfacts.i18n.BidiText;
import org.ccfacts.i18n.Language;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The dashboard's text-only blocks — the notes each chart gives for under it ({@link ChartNote}: the event
 * list, the poll questions, the trade notes), the context lists — as markup, for one dataset version in one
 * language; and single texts (a card's title, a headline figure) as blocks of one element.
 *
 * <p>Why markup: Flow keeps server-side state for every element and every text of a page, per session;
 * these blocks were some 150 of the dashboard's 370 state nodes and never change while the page is open.
 * As markup each is one element whose content the browser builds ({@link MarkupBlock}), and
 * {@link DashboardContent} shares one copy among all sessions.
 *
 * <p>Why this is safe with hostile data: the markup is built with jsoup's DOM API only — data goes in
 * through {@link Element#text(String)}, never into a string of markup — and serialized by jsoup, which
 * escapes text and attribute values. Only the fixed elements, ids and classes below, and the elements of a
 * chart's notes (whose tags ChartNote limits to a few plain ones, with id, class and theme), are ever created
 * (StaticMarkupTest checks it on the hostile dataset).
 */
final class StaticMarkup {

    /**
     * One block: the outer element's tag, id and class (empty: none), which the server-side element keeps,
     * and its content as markup.
     */
    record Block(String tag, String id, String className, String innerHtml) {
    }

    private final Dataset dataset;
    private final Locale locale;
    private final String code;
    private final I18NProvider translations;

    private StaticMarkup(Dataset dataset, Language language, I18NProvider translations) {
        this.dataset = dataset;
        this.locale = language.locale();
        this.code = language.code();
        this.translations = translations;
    }

    /** The cards of the context section: the five countries, the six priority areas, the centres and platforms. */
    static List<Block> contextCards(Dataset dataset, Language language, I18NProvider translations) {
        StaticMarkup markup = new StaticMarkup(dataset, language, translations);
        return List.of(markup.listCard("context.lists.countries", List.of("countries")),
                markup.listCard("context.lists.areas", List.of("priority-areas")),
                markup.listCard("context.lists.centres", List.of("cooperation-centres", "cooperation-platforms")));
    }

    /**
     * A chart's note as a block: its outer element's tag, id and class stay on the server, the rest becomes
     * markup. Every text of the note goes in as text.
     */
    static Block note(ChartNote note) {
        if (!note.theme().isEmpty()) {
            throw new IllegalArgumentException("the outer element of a note carries no theme: " + note.id());
        }
        Element element = element(note.tag());
        write(element, note);
        return new Block(note.tag(), note.id(), note.className(), element.html());
    }

    /** A chart card's title and subtitle, as one block ({@code cc-card-head}). */
    static Block cardHead(String title, String subtitle) {
        Element head = element("div");
        text(head.appendElement("h3"), title);
        text(head.appendElement("p").addClass("cc-subtitle"), subtitle);
        return new Block("div", "", "cc-card-head", head.html());
    }

    /**
     * What a chart card shows under its chart.
     *
     * @param chartId     the chart element's id
     * @param description what screen readers hear after the chart's name (the chart's {@code aria-describedby})
     * @param sources     the line that cites the chart's sources
     * @param play        the label of "Play as sound"
     * @param open        the label of the link to the chart's own page, {@code href}
     */
    record Foot(String chartId, String description, List<ChartNote> notes, String sources, String play, String open,
                String href, String openId) {
    }

    /**
     * A chart card's foot as one block ({@code cc-card-foot}): the description (visually hidden), the notes, the
     * sources, "Play as sound" (played in the browser: keyboard.ts finds the button by {@code data-plays}, no round
     * trip) and the link to the chart's own page. One server-side node instead of seven.
     */
    static Block cardFoot(Foot foot) {
        Element holder = element("div");
        text(holder.appendElement("p").attr("id", ChartReading.summaryId(foot.chartId()))
                .addClass("cc-visually-hidden").addClass("cc-chart-summary"), foot.description());
        appendNotes(holder.appendElement("div").addClass("cc-notes"), foot.notes());
        text(holder.appendElement("p").addClass("cc-cite"), foot.sources());
        text(holder.appendElement("button").attr("type", "button").attr("id", "play-" + foot.chartId())
                .addClass("cc-button").addClass("cc-button-tertiary").addClass("cc-play")
                .attr("data-plays", foot.chartId()).attr("aria-controls", foot.chartId()), foot.play());
        text(holder.appendElement("a").attr("id", foot.openId()).addClass("cc-open").attr("href", foot.href()), foot.open());
        return new Block("div", "", "cc-card-foot", holder.html());
    }

    /** Each note inside {@code holder} as {@link #note} writes it, with its own tag, id and class. */
    private static void appendNotes(Element holder, List<ChartNote> notes) {
        for (ChartNote note : notes) {
            Block block = note(note);
            Element inner = holder.appendElement(block.tag());
            if (!block.id().isEmpty()) {
                inner.attr("id", block.id());
            }
            if (!block.className().isEmpty()) {
                inner.addClass(block.className());
            }
            write(inner, note);
        }
    }

    /** The note's own text, then its children, each with its id, class and theme. */
    private static void write(Element element, ChartNote note) {
        if (!note.text().isEmpty()) {
            text(element, note.text());
        }
        for (ChartNote child : note.children()) {
            Element inner = element.appendElement(child.tag());
            if (!child.id().isEmpty()) {
                inner.attr("id", child.id());
            }
            if (!child.className().isEmpty()) {
                inner.addClass(child.className());
            }
            if (!child.theme().isEmpty()) {
                inner.attr("theme", child.theme());
            }
            write(inner, child);
        }
    }

    /** One element holding {@code text}: one server-side node instead of two (the element and its text). */
    static Block text(String tag, String className, String text) {
        return text(tag, "", className, text);
    }

    /** The same with an id; {@code classNames} may name several classes, separated by spaces. */
    static Block text(String tag, String id, String classNames, String text) {
        Element element = element(tag);
        text(element, text);
        return new Block(tag, id, classNames, element.html());
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

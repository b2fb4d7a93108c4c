package org.ccfacts.dashboard;

import java.util.List;
import java.util.Locale;

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

package org.ccfacts.changes;

import java.util.List;
import java.util.Locale;

import org.ccfacts.dataset.Dataset;
import org.ccfacts.frame.MainLayout;
import org.ccfacts.history.Change;
import org.ccfacts.history.DatasetHistory;
import org.ccfacts.history.Revision;
import org.ccfacts.i18n.BidiText;
import org.ccfacts.i18n.ViewLocale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * "What changed": every accepted version after the first, newest first, each with the time it was accepted and, for
 * every entry it added, removed or changed, the figures before and after. Each version links to the dashboard as it
 * was then ({@code /?version=…}). All data text goes in as text, never as HTML.
 */
@Route(value = "changes", layout = MainLayout.class)
public class WhatChangedView extends Div implements HasDynamicTitle {

    private final DatasetHistory history;
    private final Locale locale = ViewLocale.current();
    private final ChangeText words = new ChangeText(locale);

    public WhatChangedView(DatasetHistory history) {
        this.history = history;
        addClassName("cc-changes");
        Section page = new Section(new H2(getTranslation("changes.title")));
        page.addClassName("cc-section");
        page.add(new Paragraph(getTranslation("changes.intro", DatasetHistory.RECENT.toDays())));
        List<Revision> revisions = history.revisions();
        if (revisions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("changes.none"));
            none.setId("changes-none");
            page.add(none);
        }
        revisions.forEach(r -> page.add(revision(r)));
        history.versions().stream().findFirst().ifPresent(first -> {
            Paragraph start = new Paragraph(getTranslation("changes.first", first.version(),
                    BidiText.isolate(MainLayout.LOAD_TIME.format(first.loadedAt()))));
            start.addClassName("cc-changes-first");
            page.add(start);
        });
        add(page);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("changes.title") + " – " + getTranslation("app.title");
    }

    private Section revision(Revision r) {
        Dataset newer = history.version(r.version()).orElseThrow();
        Dataset older = history.version(r.previousVersion()).orElseThrow();
        Section section = new Section();
        section.setId("revision-" + r.version());
        section.addClassName("cc-revision");
        // isolated: in right-to-left text "2026-12-01 14:05 UTC" would otherwise read "UTC 14:05 2026-12-01"
        H3 when = new H3(BidiText.isolate(MainLayout.LOAD_TIME.format(r.acceptedAt())));
        // the dashboard as it was: relative to the app's base, so it works under any context path
        Anchor asItWas = new Anchor("?version=" + r.version(), getTranslation("changes.version", r.version()));
        Span replaced = new Span(getTranslation("changes.replaced", r.previousVersion()));
        Div meta = new Div(asItWas, replaced);
        meta.addClassName("cc-revision-meta");
        section.add(when, meta);
        if (r.changes().isEmpty()) {
            section.add(new Paragraph(getTranslation("changes.only-other")));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("cc-change-list");
        r.changes().forEach(c -> list.add(change(c, older, newer)));
        section.add(list);
        return section;
    }

    private ListItem change(Change c, Dataset older, Dataset newer) {
        ListItem item = new ListItem();
        item.addClassNames("cc-change", "cc-change-" + c.type().code());
        item.setId("change-" + newer.version() + "-" + r(c));
        Span what = new Span(words.kind(c) + " · " + words.type(c));
        what.addClassName("cc-change-type");
        Span entry = new Span(words.entry(c, older, newer));
        entry.addClassName("cc-change-entry");
        item.add(what, entry, table(c, older, newer));
        return item;
    }

    /** Field, before, after: a real table, so a screen reader names the column of every value. */
    private Div table(Change c, Dataset older, Dataset newer) {
        Element table = new Element("table");
        table.getClassList().add("cc-table");
        Element head = new Element("tr");
        for (String key : List.of("changes.column.field", "changes.column.before", "changes.column.after")) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(getTranslation(key)));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (String field : c.changedFields()) {
            Element row = new Element("tr");
            row.appendChild(new Element("th").setAttribute("scope", "row").setText(words.field(field)));
            row.appendChild(cell(words.value(c, field, older, true), "cc-before"));
            row.appendChild(cell(words.value(c, field, newer, false), "cc-after"));
            body.appendChild(row);
        }
        table.appendChild(body);
        Div wrapper = new Div();
        wrapper.addClassName("cc-table-holder");
        // a long quote scrolls sideways in its holder: keyboard users reach and scroll it too (as ChartTable's)
        wrapper.getElement().setAttribute("tabindex", "0");
        wrapper.getElement().setAttribute("role", "region");
        wrapper.getElement().setAttribute("aria-label", words.entry(c, older, newer));
        wrapper.getElement().appendChild(table);
        return wrapper;
    }

    private static Element cell(String text, String className) {
        Element td = new Element("td").setText(text);
        td.getClassList().add(className);
        // a value may be in any language or script: its own direction, kept apart from the row's
        td.setAttribute("dir", "auto");
        return td;
    }

    private static String r(Change c) {
        return c.kind().code() + "-" + c.id().replaceAll("[^A-Za-z0-9_-]", "_");
    }
}

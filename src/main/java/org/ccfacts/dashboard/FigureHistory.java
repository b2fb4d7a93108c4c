package org.ccfacts.dashboard;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.ccfacts.changes.ChangeText;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.frame.MainLayout;
import org.ccfacts.history.Change;
import org.ccfacts.history.DatasetHistory;
import org.ccfacts.i18n.BidiText;
import org.ccfacts.i18n.BundleTranslations;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * A figure's revisions where readers meet it: the "Revised on …" mark on its card and its history in the source
 * panel, each revision with its date and the figure before and after (as the versions publish it, never computed).
 */
final class FigureHistory {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private FigureHistory() {
    }

    /** "Revised on 2026-11-11". */
    static Span mark(String id, Instant at, Locale locale) {
        Span mark = new Span(BundleTranslations.get(locale, "revised.mark", DAY.format(at)));
        mark.setId("revised-" + id);
        mark.addClassName("cc-revised");
        return mark;
    }

    /** Adds the figure's history to its source panel, when the history holds any change of it. */
    static SourcePanel addTo(SourcePanel panel, DatasetHistory history, Change.Kind kind, String id, Locale locale) {
        List<DatasetHistory.EntryChange> changes = history.historyOf(kind, id);
        if (changes.isEmpty()) {
            return panel;
        }
        ChangeText words = new ChangeText(locale);
        UnorderedList list = new UnorderedList();
        for (DatasetHistory.EntryChange entry : changes) {
            String when = BidiText.isolate(MainLayout.LOAD_TIME.format(entry.revision().acceptedAt()));
            Dataset older = history.version(entry.revision().previousVersion()).orElse(null);
            Dataset newer = history.version(entry.revision().version()).orElse(null);
            String line = switch (entry.change().type()) {
                case ADDED -> BundleTranslations.get(locale, "source.history.added", when, figure(words, kind, id, newer));
                case REMOVED, CHANGED -> BundleTranslations.get(locale, "source.history.entry", when,
                        describe(words, entry.change(), older, true), describe(words, entry.change(), newer, false));
            };
            list.add(new ListItem(line));
        }
        Div section = new Div(new H3(BundleTranslations.get(locale, "source.history")), list);
        section.addClassName("cc-figure-history");
        section.setId("history-" + id);
        panel.add(section);
        return panel;
    }

    /** The figure, with the other fields that changed beside it (qualifier, period, source…). */
    private static String describe(ChangeText words, Change change, Dataset version, boolean before) {
        if (version == null) {
            return "—";
        }
        StringBuilder text = new StringBuilder();
        for (String field : change.changedFields()) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(words.field(field)).append(": ").append(words.value(change, field, version, before));
        }
        return text.toString();
    }

    private static String figure(ChangeText words, Change.Kind kind, String id, Dataset version) {
        return version == null ? "—" : words.figure(kind, id, version).orElse("—");
    }
}

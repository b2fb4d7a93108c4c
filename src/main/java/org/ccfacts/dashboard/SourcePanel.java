package org.ccfacts.dashboard;

import java.util.List;
import java.util.Optional;

import org.ccfacts.catalog.Citations;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.Observation;
import org.ccfacts.dataset.Poll;
import org.ccfacts.dataset.Source;
import org.ccfacts.format.FigureFormat;
import org.ccfacts.html.NativeDialog;
import org.ccfacts.i18n.BidiText;
import org.ccfacts.i18n.Language;
import org.ccfacts.i18n.ViewLocale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Where one figure comes from: publisher, date, what exactly is measured, whether it is exact or a
 * bound, and the source's own sentence in its language (Arabic shown right to left). All data text
 * goes in through text APIs, never as HTML.
 */
final class SourcePanel extends NativeDialog {

    private final Div facts = new Div();

    private SourcePanel(String id, String figure) {
        super(I18NProvider.translate("source.title"), I18NProvider.translate("source.close"));
        setId("source-" + id);
        Span value = new Span(figure);
        value.addClassName("cc-source-figure");
        facts.addClassName("cc-source-facts");
        add(value, facts);
        closeButton().setId("source-close");
    }

    static SourcePanel of(Dataset dataset, Observation o, FigureFormat format) {
        SourcePanel panel = new SourcePanel(o.id(), format.value(o));
        String language = ViewLocale.current().getLanguage();
        dataset.measure(o.measure()).ifPresent(m -> panel.fact("source.measure",
                m.name().in(language) + ": " + m.definition().in(language)));
        panel.fact("source.period", format.period(o.period()));
        panel.fact("source.qualifier", panel.getTranslation("qualifier." + o.qualifier().code()));
        panel.source(dataset.source(o.source()), o.dataFrom());
        o.note().ifPresent(n -> panel.fact("source.note", n.in(language)));
        panel.quote(o.quote(), dataset.source(o.source()));
        // a headline is one of several published figures for its year: the others are named, not hidden
        List<String> others = dataset.observationsOf(o.measure()).stream()
                .filter(other -> !other.id().equals(o.id()) && other.period().equals(o.period()) && other.country().equals(o.country()))
                .map(other -> format.value(other) + " " + BidiText.isolate(Citations.cite(dataset, other.source(), ViewLocale.current())))
                .toList();
        if (!others.isEmpty()) {
            panel.fact("source.also-published", String.join("; ", others)).setId("source-also-" + o.id());
        }
        return panel;
    }

    static SourcePanel of(Dataset dataset, Poll p, FigureFormat format) {
        SourcePanel panel = new SourcePanel(p.id(), format.percent(p.share()));
        panel.fact("source.question", p.question().in(ViewLocale.current().getLanguage()));
        panel.fact("source.pollster", p.pollster());
        panel.fact("source.period", p.date().toString());
        panel.fact("source.qualifier", panel.getTranslation("qualifier.exact"));
        panel.source(dataset.source(p.source()), Optional.empty());
        panel.facts.add(new Paragraph(panel.getTranslation("source.no-sample")));
        panel.quote(p.quote(), dataset.source(p.source()));
        return panel;
    }

    /** @param dataFrom the figure's own statistics office, where its page names one; else the source's */
    private void source(Optional<Source> source, Optional<String> dataFrom) {
        fact("source.publisher", source.map(Source::publisher).orElse(null));
        fact("source.publication-title", source.flatMap(Source::title).orElse(null));
        fact("source.date", source.flatMap(Source::date).map(d -> BidiText.isolate(d.toString())).orElse(null));
        dataFrom.or(() -> source.flatMap(Source::dataFrom)).ifPresent(from -> fact("source.data-from", from));
        String language = ViewLocale.current().getLanguage();
        source.flatMap(Source::note).ifPresent(note -> fact("source.publication-note", note.in(language)));
        source.flatMap(Source::url).ifPresent(this::link);
    }

    /** The page the figure stands on, so a reader can check it; opened outside the app. */
    private void link(String url) {
        Anchor page = new Anchor(url, url, AnchorTarget.BLANK);
        page.setRouterIgnore(true);
        page.getElement().setAttribute("rel", "noopener noreferrer");
        page.addClassName("cc-fact-value");
        Div row = new Div(labelOf("source.url"), page);
        row.addClassName("cc-fact");
        facts.add(row);
    }

    /** A labelled fact; a missing one says so instead of disappearing. */
    private Div fact(String labelKey, String text) {
        Div row = new Div();
        row.addClassName("cc-fact");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("cc-fact-label");
        Span value = new Span(text != null ? text : getTranslation("source.unknown"));
        value.addClassName("cc-fact-value");
        row.add(label, value);
        facts.add(row);
        return row;
    }

    private void quote(Optional<String> quote, Optional<Source> source) {
        quote.ifPresent(text -> {
            Paragraph sentence = new Paragraph(text);
            sentence.addClassName("cc-quote");
            String language = source.flatMap(Source::language).orElse("ar");
            sentence.getElement().setAttribute("lang", language);
            sentence.getElement().setAttribute("dir", Language.directionOf(language));
            Div row = new Div(labelOf("source.quote"), sentence);
            row.addClassName("cc-fact");
            facts.add(row);
        });
    }

    private Component labelOf(String key) {
        Span label = new Span(getTranslation(key));
        label.addClassName("cc-fact-label");
        return label;
    }
}

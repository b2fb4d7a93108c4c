package org.ccfacts.dashboard;

import java.util.function.Supplier;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;

/**
 * A headline figure: the value as published, what it is, its source, and a button to the source panel.
 * Figure, label and source are text blocks (StaticMarkup): one server-side node each.
 */
final class KpiCard extends Div {

    KpiCard(String id, String figure, String label, String citation, String badge, Supplier<SourcePanel> panel) {
        setId("kpi-" + id);
        addClassName("cc-kpi");
        NativeButton source = new NativeButton(getTranslation("kpi.open-source"));
        // a plain DOM listener: a ClickEvent listener keeps per session the mouse and key details it never reads
        source.getElement().addEventListener("click", click -> panel.get().open());
        source.setId("kpi-source-" + id);
        source.addClassNames("cc-button", "cc-button-tertiary", "cc-button-small");
        source.getElement().setAttribute("aria-label", getTranslation("kpi.open-source") + ": " + label);
        add(new MarkupBlock(StaticMarkup.figure(figure, badge)), new MarkupBlock(StaticMarkup.text("p", "cc-kpi-label", label)),
                new MarkupBlock(StaticMarkup.text("span", "cc-kpi-cite", citation)), source);
    }

    /** A card for a figure the dataset does not hold: shown as absent, never as zero. */
    static KpiCard absent(String id, String label) {
        KpiCard card = new KpiCard(id, "—", label, "", null, null);
        card.addClassName("cc-kpi-absent");
        card.getChildren().filter(NativeButton.class::isInstance).forEach(card::remove);
        card.add(new Span(card.getTranslation("kpi.absent")));
        return card;
    }
}

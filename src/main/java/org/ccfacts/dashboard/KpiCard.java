package org.ccfacts.dashboard;

import java.util.function.Supplier;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** A headline figure: the value as published, what it is, its source, and a button to the source panel. */
final class KpiCard extends Div {

    private final Span value;

    KpiCard(String id, String figure, String label, String citation, String badge, Supplier<SourcePanel> panel) {
        setId("kpi-" + id);
        addClassName("cc-kpi");
        value = new Span(figure);
        value.addClassName("cc-kpi-value");
        Div top = new Div(value);
        top.addClassName("cc-kpi-top");
        if (badge != null) {
            Span record = new Span(badge);
            record.getElement().getThemeList().add("badge success");
            record.addClassName("cc-kpi-badge");
            top.add(record);
        }
        Paragraph what = new Paragraph(label);
        what.addClassName("cc-kpi-label");
        Span cite = new Span(citation);
        cite.addClassName("cc-kpi-cite");
        NativeButton source = new NativeButton(getTranslation("kpi.open-source"), click -> panel.get().open());
        source.setId("kpi-source-" + id);
        source.addClassNames("cc-button", "cc-button-tertiary", "cc-button-small");
        source.getElement().setAttribute("aria-label", getTranslation("kpi.open-source") + ": " + label);
        add(top, what, cite, source);
    }

    /** A card for a figure the dataset does not hold: shown as absent, never as zero. */
    static KpiCard absent(String id, String label) {
        KpiCard card = new KpiCard(id, "—", label, "", null, null);
        card.addClassName("cc-kpi-absent");
        card.getChildren().filter(NativeButton.class::isInstance).forEach(card::remove);
        card.add(new Span(card.getTranslation("kpi.absent")));
        return card;
    }

    String figure() {
        return value.getText();
    }
}

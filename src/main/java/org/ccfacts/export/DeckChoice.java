package org.ccfacts.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.html.NativeSelect;
import org.ccfacts.i18n.BundleTranslations;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;

/**
 * What goes into the deck: which charts (a native checkbox each, all checked at first) and light or dark
 * slides. Plain HTML controls, like the rest of the page (no Vaadin web components).
 */
class DeckChoice extends Composite<Div> {

    private final Map<String, Input> boxes = new LinkedHashMap<>();
    private final Map<String, Boolean> checked = new LinkedHashMap<>();
    private final NativeSelect<ExportTheme> theme;
    private Runnable onChange = () -> { };

    private final List<ChartDefinition> charts;
    private final Locale locale;
    private final NativeDetails details;

    DeckChoice(List<ChartDefinition> charts, Locale locale) {
        this.charts = List.copyOf(charts);
        this.locale = locale;
        charts.forEach(chart -> checked.put(chart.id(), true));
        // the checkboxes are made when the list is first opened: until then every chart is chosen, and ten
        // closed checkboxes are fifty state nodes in every session (docs/PERFORMANCE.md, memory per session)
        details = new NativeDetails(BundleTranslations.get(locale, "deck.choose"));
        details.setId("deck-choice");
        details.addToggleListener(toggle -> {
            if (toggle.isOpened()) {
                boxes();
            }
        });
        theme = new NativeSelect<>(List.of(ExportTheme.values()), t -> t.label(locale), ExportTheme.LIGHT);
        theme.getElement().setAttribute("data-deck-theme", "");
        NativeLabel themeLabel = new NativeLabel();
        themeLabel.addClassName("cc-field");
        Span name = new Span(BundleTranslations.get(locale, "deck.theme"));
        name.addClassName("cc-field-label");
        themeLabel.add(name, theme);
        getContent().add(details, themeLabel);
        getContent().getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline")
                .set("flex-wrap", "wrap");
    }

    /** The checkboxes, made the first time they are asked for (the list opened, or a test). */
    private Map<String, Input> boxes() {
        if (!boxes.isEmpty()) {
            return boxes;
        }
        Div list = new Div();
        list.addClassName("cc-deck-charts");
        for (ChartDefinition chart : charts) {
            Input box = new Input();
            box.setType("checkbox");
            box.getElement().setProperty("checked", checked.get(chart.id()));
            box.getElement().setAttribute("data-deck-chart", chart.id());
            // the browser's checked state comes back on "change"
            box.getElement().addPropertyChangeListener("checked", "change",
                    e -> {
                        checked.put(chart.id(), box.getElement().getProperty("checked", false));
                        onChange.run();
                    });
            boxes.put(chart.id(), box);
            NativeLabel label = new NativeLabel();
            label.add(box, new Span(chart.title(locale)));
            label.getStyle().set("display", "block");
            list.add(label);
        }
        details.setContent(list);
        return boxes;
    }

    /** The ids of the charts checked, in catalog order. */
    List<String> chosen() {
        List<String> ids = new ArrayList<>();
        checked.forEach((id, on) -> {
            if (on) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** Runs after the reader checked or unchecked a chart (the handout link follows the choice). */
    void onChange(Runnable listener) {
        onChange = listener;
    }

    ExportTheme theme() {
        return theme.getValue();
    }

    /** For tests: unchecks a chart as a click in the browser would. */
    void uncheck(String chartId) {
        boxes().get(chartId).getElement().setProperty("checked", false);
        checked.put(chartId, false);
        onChange.run();
    }
}

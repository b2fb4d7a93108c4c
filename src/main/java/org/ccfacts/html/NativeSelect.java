package org.ccfacts.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;

/**
 * A native {@code <select>} as a Flow field over a fixed list of items. The options carry their index as
 * value, so no item is ever written into the page except through its label, as text. Put it inside a
 * {@code NativeLabel} to name it.
 *
 * <pre>{@code NativeSelect<Size> size = new NativeSelect<>(List.of(Size.values()), Size::label, Size.SMALL);}</pre>
 */
@Tag("select")
public class NativeSelect<T> extends AbstractField<NativeSelect<T>, T> implements HasStyle, HasAriaLabel {

    private final List<T> items;
    private ItemLabelGenerator<T> labels;

    public NativeSelect(List<T> items, ItemLabelGenerator<T> labels, T initial) {
        super(initial);
        if (items.isEmpty() || !items.contains(initial)) {
            throw new IllegalArgumentException("the initial value must be one of the items");
        }
        this.items = List.copyOf(items);
        this.labels = Objects.requireNonNull(labels);
        renderOptions();
        setPresentationValue(initial);
        // the browser's value (an index) comes back on "change"; anything else is ignored
        getElement().addPropertyChangeListener("value", "change", event -> {
            T chosen = itemAt(event.getValue());
            if (chosen != null) {
                markSelected(chosen);
                setModelValue(chosen, true);
            }
        });
    }

    /** Writes every option's label again, e.g. when the labels depend on another choice. */
    public void setItemLabelGenerator(ItemLabelGenerator<T> labels) {
        this.labels = Objects.requireNonNull(labels);
        renderOptions();
        markSelected(getValue());
    }

    public List<T> getItems() {
        return items;
    }

    @Override
    protected void setPresentationValue(T value) {
        int index = items.indexOf(value);
        if (index < 0) {
            throw new IllegalArgumentException("not one of the items: " + value);
        }
        markSelected(value);
        getElement().setProperty("value", String.valueOf(index));
    }

    private void renderOptions() {
        getElement().removeAllChildren();
        List<Element> options = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            options.add(new Element("option").setAttribute("value", String.valueOf(i)).setText(labels.apply(items.get(i))));
        }
        getElement().appendChild(options.toArray(Element[]::new));
    }

    /** The selected option as an attribute too: it holds even before the options reach the browser. */
    private void markSelected(T value) {
        int index = items.indexOf(value);
        for (int i = 0; i < getElement().getChildCount(); i++) {
            getElement().getChild(i).setAttribute("selected", i == index);
        }
    }

    private T itemAt(Object index) {
        try {
            int i = Integer.parseInt(String.valueOf(index));
            return i >= 0 && i < items.size() ? items.get(i) : null;
        } catch (NumberFormatException notAnIndex) {
            return null;
        }
    }
}

package org.ccfacts.html;

import java.util.Objects;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;

/**
 * A button that shows and hides a panel ({@code aria-expanded}, {@code aria-controls}). The panel's
 * content is built the first time it is shown, so a page sends none of it until someone asks.
 * The panel has the given id, the button that id plus {@code -toggle}.
 */
@JsModule("./page-keys.ts")
public class Disclosure extends Composite<Div> implements HasStyle {

    private final NativeButton toggle = new NativeButton();
    private final Div panel = new Div();
    private final String showText;
    private final String hideText;
    private final Supplier<? extends Component> content;
    private boolean built;

    public Disclosure(String id, String showText, String hideText, Supplier<? extends Component> content) {
        this.showText = Objects.requireNonNull(showText);
        this.hideText = Objects.requireNonNull(hideText);
        this.content = Objects.requireNonNull(content);
        panel.setId(id);
        toggle.setId(id + "-toggle");
        toggle.addClassNames("cc-button", "cc-button-tertiary");
        toggle.getElement().setAttribute("aria-controls", id);
        toggle.addClickListener(click -> setExpanded(!isExpanded()));
        getContent().add(toggle, panel);
        setExpanded(false);
    }

    public boolean isExpanded() {
        return panel.isVisible();
    }

    public void setExpanded(boolean expanded) {
        if (expanded && !built) {
            panel.add(content.get());
            built = true;
        }
        panel.setVisible(expanded);
        toggle.setText(expanded ? hideText : showText);
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(expanded));
    }

    /**
     * Esc pressed inside the open panel closes it and puts the focus back on its button
     * (src/main/frontend/page-keys.ts clicks the button: no script from the server).
     */
    public void closeOnEscape() {
        panel.getElement().setAttribute("data-close-on-escape", "");
    }

    public NativeButton toggle() {
        return toggle;
    }

    /** The panel, e.g. to give it a role or a class. */
    public Div panel() {
        return panel;
    }
}

package org.ccfacts.html;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;

/**
 * A button that shows and hides a panel ({@code aria-expanded}, {@code aria-controls}). The panel and its
 * content are made the first time it is shown, so a page sends none of it until someone asks, and a closed
 * disclosure costs the session two state nodes (button and its text) besides its own element: a dashboard
 * has twenty of them (docs/PERFORMANCE.md, memory per session). Until then {@code aria-controls} names a panel
 * that is not in the page yet, which ARIA allows while {@code aria-expanded} is false.
 * The panel has the given id, the button that id plus {@code -toggle}.
 */
@JsModule("./page-keys.ts")
public class Disclosure extends Composite<Div> implements HasStyle {

    private final NativeButton toggle = new NativeButton();
    private final String id;
    private final String showText;
    private final String hideText;
    private final Supplier<? extends Component> content;
    /** What the owner sets on the panel (a role, a class) when it is made. */
    private Consumer<Div> panelSetup = panel -> { };
    /** Null until first shown. */
    private Div panel;

    public Disclosure(String id, String showText, String hideText, Supplier<? extends Component> content) {
        this.showText = Objects.requireNonNull(showText);
        this.hideText = Objects.requireNonNull(hideText);
        this.content = Objects.requireNonNull(content);
        this.id = Objects.requireNonNull(id);
        toggle.setId(id + "-toggle");
        toggle.addClassNames("cc-button", "cc-button-tertiary");
        toggle.getElement().setAttribute("aria-controls", id);
        // a plain DOM listener: a ClickEvent listener would also keep, per button and session, the eleven
        // mouse and key details it asks the browser for, which a disclosure never reads (docs/PERFORMANCE.md)
        toggle.getElement().addEventListener("click", click -> setExpanded(!isExpanded()));
        getContent().add(toggle);
        setExpanded(false);
    }

    public boolean isExpanded() {
        return panel != null && panel.isVisible();
    }

    public void setExpanded(boolean expanded) {
        if (expanded && panel == null) {
            panel = new Div(content.get());
            panel.setId(id);
            panelSetup.accept(panel);
            getContent().add(panel);
        }
        if (panel != null) {
            panel.setVisible(expanded);
        }
        toggle.setText(expanded ? hideText : showText);
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(expanded));
    }

    /**
     * Esc pressed inside the open panel closes it and puts the focus back on its button
     * (src/main/frontend/page-keys.ts clicks the button: no script from the server).
     */
    public void closeOnEscape() {
        onPanel(panel -> panel.getElement().setAttribute("data-close-on-escape", ""));
    }

    /** Sets up the panel when it is made (at once if it already is), e.g. to give it a role or a class. */
    public void onPanel(Consumer<Div> setup) {
        panelSetup = panelSetup.andThen(setup);
        if (panel != null) {
            setup.accept(panel);
        }
    }

    public NativeButton toggle() {
        return toggle;
    }

    /** The panel, once it has been shown; empty before. */
    public Optional<Div> panel() {
        return Optional.ofNullable(panel);
    }
}

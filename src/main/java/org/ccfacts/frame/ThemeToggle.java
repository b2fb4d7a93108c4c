package org.ccfacts.frame;

import org.ccfacts.security.ClientScript;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.NativeButton;

/**
 * Switches between Lumo's light and dark theme in the browser and remembers the choice in
 * localStorage. The page applies the stored choice before first paint (see Application), so this
 * button only reads and flips it.
 */
final class ThemeToggle extends NativeButton {

    static final String STORAGE_KEY = "ccfacts-theme";

    private static final ClientScript IS_DARK = ClientScript.onElementWithResult(
            "return document.documentElement.getAttribute('theme') === 'dark';", 0);
    /** Flips the theme, remembers it under the key $0, and says whether it is now dark. */
    private static final ClientScript FLIP = ClientScript.onElementWithResult("""
            const html = document.documentElement;
            const dark = html.getAttribute('theme') !== 'dark';
            if (dark) { html.setAttribute('theme', 'dark'); } else { html.removeAttribute('theme'); }
            try { localStorage.setItem($0, dark ? 'dark' : 'light'); } catch (e) { /* private mode: not remembered */ }
            return dark;""", 1);

    ThemeToggle() {
        setId("theme-toggle");
        addClassNames("cc-button", "cc-button-tertiary");
        show(false);
        addClickListener(click -> FLIP.runThen(getElement(), Boolean.class, this::show, STORAGE_KEY));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        IS_DARK.runThen(getElement(), Boolean.class, this::show);
    }

    /** The button offers the other theme. */
    private void show(boolean dark) {
        setText(getTranslation(dark ? "header.theme.to-light" : "header.theme.to-dark"));
        getElement().setAttribute("aria-pressed", String.valueOf(dark));
    }
}

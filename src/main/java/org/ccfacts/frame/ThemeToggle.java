package org.ccfacts.frame;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.NativeButton;

/**
 * Switches between Lumo's light and dark theme in the browser and remembers the choice in
 * localStorage. The page applies the stored choice before first paint (see Application), so this
 * button only reads and flips it.
 */
final class ThemeToggle extends NativeButton {

    static final String STORAGE_KEY = "ccfacts-theme";

    private static final String IS_DARK = "return document.documentElement.getAttribute('theme') === 'dark';";
    private static final String FLIP = """
            const html = document.documentElement;
            const dark = html.getAttribute('theme') !== 'dark';
            if (dark) { html.setAttribute('theme', 'dark'); } else { html.removeAttribute('theme'); }
            try { localStorage.setItem($0, dark ? 'dark' : 'light'); } catch (e) { /* private mode: not remembered */ }
            return dark;""";

    ThemeToggle() {
        setId("theme-toggle");
        addClassNames("cc-button", "cc-button-tertiary");
        show(false);
        addClickListener(click -> getElement().executeJs(FLIP, STORAGE_KEY).then(Boolean.class, this::show));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs(IS_DARK).then(Boolean.class, this::show);
    }

    /** The button offers the other theme. */
    private void show(boolean dark) {
        setText(getTranslation(dark ? "header.theme.to-light" : "header.theme.to-dark"));
        getElement().setAttribute("aria-pressed", String.valueOf(dark));
    }
}

package org.ccfacts.dashboard;

import java.util.Locale;

import com.vaadin.flow.component.UI;

/**
 * The locale figures and texts are shown in. Only English exists so far, so every browser language
 * gets English: numbers must read the same in the cards (Java) and in the charts (browser).
 */
public final class ViewLocale {

    private ViewLocale() {
    }

    public static Locale current() {
        Locale ui = UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        return ui != null && ui.getLanguage().equals("en") ? ui : Locale.ENGLISH;
    }
}

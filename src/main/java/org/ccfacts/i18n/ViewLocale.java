package org.ccfacts.i18n;

import java.util.Locale;

import com.vaadin.flow.component.UI;

/**
 * The locale the current view shows texts and figures in: the UI's language as chosen by
 * {@link LanguageInitListener}, as one of the four {@link Language}s (Arabic with Latin digits), so that
 * cards (Java) and charts (browser) write numbers the same way.
 */
public final class ViewLocale {

    private ViewLocale() {
    }

    public static Locale current() {
        UI ui = UI.getCurrent();
        return Language.orFallback(ui == null ? Locale.ENGLISH : ui.getLocale()).locale();
    }
}

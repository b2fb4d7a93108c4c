package org.ccfacts.i18n;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The language of a request answered outside Vaadin's UI (a refused address, a CSV), chosen as a page's
 * is ({@link LanguageChoice}): {@code ?lang=}, else the remembered choice, else the browser's languages.
 */
public final class RequestLanguage {

    private RequestLanguage() {
    }

    public static Language of(HttpServletRequest request) {
        return LanguageChoice.resolve(Optional.ofNullable(request.getParameter(LanguageChoice.PARAMETER)),
                LanguageChoice.cookie(request.getCookies()),
                LanguageChoice.browserLanguages(request.getHeader("Accept-Language"), request.getLocales()));
    }
}

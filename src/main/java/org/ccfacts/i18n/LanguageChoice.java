package org.ccfacts.i18n;

import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

/**
 * Which language a request gets: the {@code ?lang=} parameter, else the remembered choice (cookie),
 * else the first of the browser's languages we have, else English. Unknown codes are ignored.
 */
final class LanguageChoice {

    static final String PARAMETER = "lang";
    static final String COOKIE = "ccfacts-lang";
    /** A year: a choice is a preference, not a session detail. */
    static final int COOKIE_MAX_AGE_SECONDS = 365 * 24 * 3600;

    private LanguageChoice() {
    }

    static Language resolve(Optional<String> parameter, Optional<String> cookie, List<Locale> browserLanguages) {
        return parameter.flatMap(Language::fromCode)
                .or(() -> cookie.flatMap(Language::fromCode))
                .or(() -> browserLanguages.stream().map(Language::of).flatMap(Optional::stream).findFirst())
                .orElse(Language.FALLBACK);
    }

    static Optional<String> cookie(Cookie[] cookies) {
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    static List<Locale> browserLanguages(String acceptLanguage, Enumeration<Locale> locales) {
        // Accept-Language absent: the servlet container reports the server's default locale, which is no choice of the reader
        return acceptLanguage == null ? List.of() : Collections.list(locales);
    }
}

package org.ccfacts.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
}

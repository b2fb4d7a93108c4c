package org.ccfacts.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ccfacts.security.ClientScript;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;

import jakarta.servlet.http.Cookie;

/**
 * Gives every page its language (see {@link LanguageChoice}): the UI locale, {@code html[lang]} and
 * {@code html[dir]} (right-to-left for Arabic, so Lumo mirrors the layout). The first HTML already
 * carries lang and dir, so an Arabic page never flashes left-to-right; an explicit {@code ?lang=}
 * is remembered in a cookie for the next visit.
 */
@Component
class LanguageInitListener implements VaadinServiceInitListener {

    /** Sets {@code html[lang]} in the browser, for a language chosen after the page was served. */
    private static final ClientScript SET_LANG = ClientScript.onPage("document.documentElement.setAttribute('lang', $0)", 1);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            VaadinRequest request = response.getVaadinRequest();
            Language language = LanguageChoice.resolve(Optional.ofNullable(request.getParameter(LanguageChoice.PARAMETER)),
                    cookie(request), browserLanguages(request));
            Element html = response.getDocument().getElementsByTag("html").first();
            if (html != null) {
                html.attr("lang", language.documentTag());
                html.attr("dir", language.rightToLeft() ? "rtl" : "ltr");
            }
        });
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            VaadinRequest request = VaadinRequest.getCurrent();
            Language language = request == null ? Language.FALLBACK
                    : LanguageChoice.resolve(Optional.empty(), cookie(request), browserLanguages(request));
            apply(ui, language);
            ui.addBeforeEnterListener(this::applyParameter);
        });
    }

    private void applyParameter(BeforeEnterEvent enter) {
        enter.getLocation().getQueryParameters().getSingleParameter(LanguageChoice.PARAMETER)
                .flatMap(Language::fromCode)
                .ifPresent(language -> {
                    apply(enter.getUI(), language);
                    remember(enter.getUI(), language);
                });
    }

    static void apply(UI ui, Language language) {
        ui.setLocale(language.locale());
        ui.setDirection(language.rightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        SET_LANG.run(ui.getPage(), language.documentTag());
    }

    private static void remember(UI ui, Language language) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(LanguageChoice.COOKIE, language.code());
            cookie.setPath("/");
            cookie.setMaxAge(LanguageChoice.COOKIE_MAX_AGE_SECONDS);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    private static Optional<String> cookie(VaadinRequest request) {
        return LanguageChoice.cookie(request.getCookies());
    }

    private static List<Locale> browserLanguages(VaadinRequest request) {
        return LanguageChoice.browserLanguages(request.getHeader("Accept-Language"), request.getLocales());
    }
}

package org.ccfacts.i18n;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

/**
 * The languages, as links in the header. Each is named in itself and marked with its own
 * {@code lang}/{@code dir}/{@code hreflang}, so screen readers pronounce it correctly; the current one
 * carries {@code aria-current}. A link opens the current route with {@code ?lang=xx} (other parameters
 * kept) as a new page load: a reload rebuilds every view in the new language and direction, whether
 * or not a view listens for locale changes.
 */
public class LanguageSwitch extends Composite<Div> implements AfterNavigationObserver {

    private final Map<Language, Anchor> links = new LinkedHashMap<>();

    public LanguageSwitch() {
        Div group = getContent();
        group.setId("language-switch");
        group.addClassName("cc-languages");
        group.getElement().setAttribute("role", "group");
        group.getElement().setAttribute("aria-label", getTranslation("language.switch.label"));
        Language current = Language.orFallback(getLocale());
        for (Language language : Language.values()) {
            Anchor link = new Anchor("?" + LanguageChoice.PARAMETER + "=" + language.code(), language.nativeName());
            link.getElement().setAttribute("lang", language.documentTag());
            link.getElement().setAttribute("hreflang", language.documentTag());
            link.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
            link.getElement().setAttribute("data-language", language.code());
            // a full page load, not a client-side route change: every view is built again in the new language
            link.getElement().setAttribute("router-ignore", "");
            if (language == current) {
                link.getElement().setAttribute("aria-current", "true");
            }
            links.put(language, link);
            group.add(link);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        update(attachEvent.getUI());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        getUI().ifPresent(this::update);
    }

    /** Each link points to the page being shown, in its language. */
    private void update(UI ui) {
        links.forEach((language, link) -> link.setHref(urlFor(ui, language)));
    }

    /** The current route and query with {@code lang} set to {@code language}, relative to the app root. */
    static String urlFor(UI ui, Language language) {
        Location current = ui.getActiveViewLocation();
        Map<String, List<String>> parameters = new LinkedHashMap<>(current.getQueryParameters().getParameters());
        parameters.put(LanguageChoice.PARAMETER, List.of(language.code()));
        String path = current.getPath();
        return (path.isEmpty() ? "./" : path) + "?" + new QueryParameters(parameters).getQueryString();
    }
}

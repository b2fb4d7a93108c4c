package org.ccfacts.i18n;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

/**
 * The language menu for the header. Each language is named in itself and marked with its own
 * {@code lang}/{@code dir}, so screen readers pronounce it correctly. Choosing one reloads the current
 * route with {@code ?lang=xx} (other parameters kept): a reload rebuilds every view in the new
 * language and direction, whether or not a view listens for locale changes.
 */
public class LanguageSwitch extends Composite<Select<Language>> {

    public LanguageSwitch() {
        Select<Language> select = getContent();
        select.setId("language-switch");
        select.setItems(Language.values());
        select.setItemLabelGenerator(Language::nativeName);
        select.setRenderer(new ComponentRenderer<>(language -> {
            Span name = new Span(language.nativeName());
            name.getElement().setAttribute("lang", language.documentTag());
            name.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
            return name;
        }));
        select.setAriaLabel(getTranslation("language.switch.label"));
        select.setValue(Language.orFallback(getLocale()));
        select.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                select.getUI().ifPresent(ui -> ui.getPage().setLocation(urlFor(ui, change.getValue())));
            }
        });
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

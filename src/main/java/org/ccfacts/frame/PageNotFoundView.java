package org.ccfacts.frame;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;

import jakarta.servlet.http.HttpServletResponse;

/** Any address that is no page of the app: says so, in the page's language and frame, with the way back. */
@ParentLayout(MainLayout.class)
public class PageNotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final Paragraph reason = new Paragraph();

    public PageNotFoundView() {
        addClassName("cc-not-found");
        reason.getElement().setAttribute("data-error", "not-found");
        Anchor home = new Anchor("", getTranslation("error.all-charts"));
        home.setId("not-found-home");
        add(new H2(getTranslation("error.not-found.title")), reason, home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String path = event.getLocation().getPath();
        // the address as typed, shown as text and cut short
        reason.setText(getTranslation("error.not-found.reason", path.length() > 60 ? path.substring(0, 60) + "…" : path));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.not-found.title") + " – " + getTranslation("app.title");
    }
}

package org.ccfacts.export;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;

import jakarta.servlet.http.HttpServletResponse;

/** A chart page opened with export parameters we refuse (unknown format, scale 9…): 400 and why. */
public class InvalidExportView extends VerticalLayout implements HasErrorParameter<InvalidExportException> {

    private final Paragraph reason = new Paragraph();

    public InvalidExportView() {
        reason.getElement().setAttribute("data-error", "invalid-export");
        add(new H1("This export cannot be made"), reason, new Anchor("", "All charts"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<InvalidExportException> parameter) {
        reason.setText(parameter.getException().getMessage());
        return HttpServletResponse.SC_BAD_REQUEST;
    }
}

package org.ccfacts.export;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A chart page opened with export parameters we refuse (unknown format, scale 9…): 400 and why, in the
 * reader's language: the same reason the 400 answer to a typed address gives (see ChartAddressFilter).
 */
public class InvalidExportView extends VerticalLayout implements HasErrorParameter<InvalidExportException> {

    private final Paragraph reason = new Paragraph();

    public InvalidExportView() {
        reason.getElement().setAttribute("data-error", "invalid-export");
        add(new H1(getTranslation("export.invalid.title")), new Paragraph(getTranslation("export.invalid.explanation")),
                reason, new Anchor("", getTranslation("error.all-charts")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<InvalidExportException> parameter) {
        reason.setText(parameter.getException().message(getLocale()));
        return HttpServletResponse.SC_BAD_REQUEST;
    }
}

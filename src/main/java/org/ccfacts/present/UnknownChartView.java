package org.ccfacts.present;

import java.util.stream.Collectors;

import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;

import jakarta.servlet.http.HttpServletResponse;

/** 404 for {@code /chart/{id}} and {@code /present/{id}} with an id we do not know: says so and lists the charts. */
public class UnknownChartView extends VerticalLayout implements HasErrorParameter<UnknownChartException> {

    private final ChartCatalog catalog;
    private final Paragraph reason = new Paragraph();

    public UnknownChartView(ChartCatalog catalog) {
        this.catalog = catalog;
        reason.getElement().setAttribute("data-error", "unknown-chart");
        add(new H1(getTranslation("present.unknown.title")), reason, new Anchor("", getTranslation("error.all-charts")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<UnknownChartException> parameter) {
        String id = parameter.getException().chartId();
        String shown = id.length() > 40 ? id.substring(0, 40) + "…" : id;
        // chart ids are the ASCII words of the addresses, listed as they are typed
        reason.setText(getTranslation("present.unknown.reason", shown,
                catalog.all().stream().map(ChartDefinition::id).collect(Collectors.joining(", "))));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

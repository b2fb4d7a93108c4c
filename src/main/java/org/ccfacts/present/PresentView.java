package org.ccfacts.present;

import java.util.List;
import java.util.Locale;

import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.chart.ApexChart;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.export.ExportCaption;
import org.ccfacts.i18n.ViewLocale;
import org.ccfacts.export.ExportCaptions;
import org.ccfacts.export.PublicUrl;
import org.ccfacts.security.ClientScript;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

/**
 * Presentation mode, {@code /present} or {@code /present/{id}}: one chart per view in catalog order, large
 * type, filling the window; the Full screen button asks the browser for full screen (browsers allow that
 * only on a user action). → / Space / PageDown go forward, ← / PageUp back, Esc leaves to the chart's page.
 */
@Route("present/:chartId?")
@CssImport("./present.css")
@JsModule("./present-chart.ts")
public class PresentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    // requestFullscreen must run inside the click itself: a server round trip would lose the user gesture
    private static final ClientScript FULL_SCREEN_ON_CLICK = ClientScript.onElement("this.addEventListener('click', () =>"
            + " document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen().catch(() => {}))", 0);
    // after the browser has laid the slide out, so the keyboard starts on it (present.css draws no frame around it)
    private static final ClientScript FOCUS_AFTER_LAYOUT = ClientScript.onElement(
            "requestAnimationFrame(() => this.focus({preventScroll: true, focusVisible: true}))", 0);

    private final ChartCatalog catalog;
    private final DatasetService datasetService;
    private final ExportCaptions captions;
    private final Div slide = new Div();
    private final Span counter = new Span();
    private final Button previous = new Button(getTranslation("present.previous"), e -> step(-1));
    private final Button next = new Button(getTranslation("present.next"), e -> step(1));
    private int index;

    public PresentView(ChartCatalog catalog, DatasetService datasetService, ExportCaptions captions) {
        this.catalog = catalog;
        this.datasetService = datasetService;
        this.captions = captions;
        addClassName("present");

        slide.addClassName("present-slide");
        slide.getElement().setAttribute("role", "region");
        slide.getElement().setAttribute("aria-roledescription", "slide");
        slide.getElement().setAttribute("tabindex", "0");

        Button fullScreen = new Button(getTranslation("present.fullscreen"));
        fullScreen.getElement().setAttribute("data-present", "fullscreen");
        FULL_SCREEN_ON_CLICK.run(fullScreen.getElement());
        Button leave = new Button(getTranslation("present.exit"), e -> leave());
        previous.getElement().setAttribute("data-present", "previous");
        next.getElement().setAttribute("data-present", "next");
        leave.getElement().setAttribute("data-present", "exit");
        counter.getElement().setAttribute("data-present", "counter");
        counter.getElement().setAttribute("aria-live", "polite");
        // "2 / 10" in every language: in a right-to-left page the numbers would swap ("10 / 2")
        counter.getElement().setAttribute("dir", "ltr");

        Div controls = new Div(previous, counter, next, fullScreen, leave);
        controls.addClassName("present-controls");
        add(slide, controls);

        Shortcuts.addShortcutListener(this, () -> step(1), Key.ARROW_RIGHT);
        Shortcuts.addShortcutListener(this, () -> step(1), Key.SPACE);
        Shortcuts.addShortcutListener(this, () -> step(1), Key.PAGE_DOWN);
        Shortcuts.addShortcutListener(this, () -> step(-1), Key.ARROW_LEFT);
        Shortcuts.addShortcutListener(this, () -> step(-1), Key.PAGE_UP);
        Shortcuts.addShortcutListener(this, this::leave, Key.ESCAPE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<ChartDefinition> charts = catalog.all();
        String id = event.getRouteParameters().get("chartId").orElse(charts.get(0).id());
        ChartDefinition definition = catalog.byId(id).orElseThrow(() -> new UnknownChartException(id));
        index = charts.indexOf(definition);
        show(definition);
    }

    private void show(ChartDefinition definition) {
        int total = catalog.all().size();
        Locale locale = ViewLocale.current();
        ExportCaption caption = captions.caption(definition, locale, PublicUrl.base());

        CaptionedChart captioned = new CaptionedChart("present", caption);
        Dataset dataset = datasetService.current();
        ApexChart chart = captioned.chart(definition, definition.slideOptions(dataset, locale));
        chart.setWidthFull();
        chart.setHeight(definition.layout().heights().presentation());

        Div footer = new Div();
        footer.addClassName("present-footer");
        caption.notes().forEach(n -> footer.add(new Paragraph(n)));
        Paragraph source = new Paragraph(SlideSources.line(definition.rows(dataset, locale), dataset, locale));
        source.getElement().setAttribute("data-present", "source");
        footer.add(source);

        slide.removeAll();
        slide.add(captioned.title(new H1()), captioned.subtitle(), chart, footer);
        slide.getElement().setAttribute("data-chart-id", definition.id());
        slide.getElement().setAttribute("aria-label", getTranslation("present.slide.label", index + 1, total, caption.title()));
        counter.setText((index + 1) + " / " + total);
        previous.setEnabled(index > 0);
        next.setEnabled(index < total - 1);
        FOCUS_AFTER_LAYOUT.run(slide.getElement());
    }

    private void step(int delta) {
        List<ChartDefinition> charts = catalog.all();
        int target = index + delta;
        if (target < 0 || target >= charts.size()) {
            return;
        }
        UI.getCurrent().navigate(PresentView.class, new RouteParameters("chartId", charts.get(target).id()));
    }

    private void leave() {
        UI.getCurrent().navigate(ChartPageView.class, new RouteParameters("chartId", catalog.all().get(index).id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("present.page-title", catalog.all().get(index).title(ViewLocale.current()));
    }
}

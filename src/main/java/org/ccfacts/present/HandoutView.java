package org.ccfacts.present;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.chart.ApexChart;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.export.ExportCaption;
import org.ccfacts.export.ExportCaptions;
import org.ccfacts.export.PublicUrl;
import org.ccfacts.i18n.ViewLocale;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The PDF handout, {@code /handout?charts=a,b,c} (all charts without {@code charts}): one chart per printed
 * A4 landscape page, with its title, subtitle, the notes that change its meaning, its sources and its
 * permalink, in the page's language ({@code ?lang=}). The browser draws every chart as SVG with the bundled
 * fonts and shapes Arabic; its print-to-PDF keeps them as vectors with the fonts embedded, which a
 * server-side PDF could not (the fonts are bundled as WOFF2 only, and Arabic needs shaping). The page is
 * always light: paper is white, whatever the screen's theme.
 */
@Route("handout")
@CssImport("./handout.css")
@JsModule("./handout.ts")
public class HandoutView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The query parameter naming the charts, comma-separated, in the order they are printed. */
    public static final String CHARTS = "charts";
    /**
     * The chart's width on paper: A4 landscape less 12 mm margins is 273 mm, about 1030 CSS px; a fixed
     * width, so the chart is drawn once at the size it is printed and never redrawn by the print layout.
     */
    static final String PRINT_WIDTH = "960px";
    /**
     * The chart's height on paper: what a page of 186 mm (about 700 CSS px) leaves beside the title, the
     * notes and the longest source line (trade volume's, eight lines at 7.5 pt), as HandoutPdfIT checks.
     */
    static final String PRINT_HEIGHT = "440px";

    private final ChartCatalog catalog;
    private final DatasetService datasetService;
    private final ExportCaptions captions;
    private int count;

    public HandoutView(ChartCatalog catalog, DatasetService datasetService, ExportCaptions captions) {
        this.catalog = catalog;
        this.datasetService = datasetService;
        this.captions = captions;
        addClassName("cc-handout");
    }

    /**
     * The chart ids a {@code charts} parameter asks for, in its order, each once; every chart when absent.
     *
     * @throws UnknownChartException for the first id that is not in the catalog
     */
    static List<ChartDefinition> requested(ChartCatalog catalog, String parameter) {
        if (parameter == null) {
            return catalog.all();
        }
        List<ChartDefinition> charts = new ArrayList<>();
        for (String id : new LinkedHashSet<>(Arrays.stream(parameter.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList())) {
            charts.add(catalog.byId(id).orElseThrow(() -> new UnknownChartException(id)));
        }
        return charts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked = event.getLocation().getQueryParameters().getParameters().get(CHARTS);
        List<ChartDefinition> charts = requested(catalog, asked == null ? null : String.join(",", asked));
        show(charts);
    }

    private void show(List<ChartDefinition> charts) {
        removeAll();
        count = charts.size();
        Locale locale = ViewLocale.current();

        NativeButton print = new NativeButton(getTranslation("handout.print"));
        print.addClassNames("cc-button", "cc-button-primary");
        // handout.ts prints once every chart has drawn: no script text from the server (CSP)
        print.getElement().setAttribute("data-handout-print", "");
        Div tools = new Div(new H1(getTranslation("handout.page-title", count)),
                new Paragraph(getTranslation("handout.hint")), print, new Anchor("", getTranslation("error.all-charts")));
        tools.addClassName("handout-tools");
        add(tools);
        if (charts.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("handout.none"));
            none.getElement().setAttribute("data-handout", "none");
            tools.add(none);
            return;
        }
        String baseUrl = PublicUrl.base();
        charts.forEach(chart -> add(page(chart, captions.caption(chart, locale, baseUrl), locale)));
    }

    private Section page(ChartDefinition definition, ExportCaption caption, Locale locale) {
        CaptionedChart captioned = new CaptionedChart("handout", caption);
        ApexChart chart = captioned.chart(definition, definition.options(datasetService.current(), locale));
        chart.setWidth(PRINT_WIDTH);
        chart.setHeight(PRINT_HEIGHT);

        Section page = new Section();
        page.addClassName("handout-page");
        page.getElement().setAttribute("data-chart-id", definition.id());
        page.add(captioned.title(new H2()), captioned.subtitle(), chart);
        if (!caption.notes().isEmpty()) {
            UnorderedList notes = new UnorderedList();
            notes.addClassName("handout-notes");
            caption.notes().forEach(n -> notes.add(new ListItem(n)));
            page.add(notes);
        }
        Paragraph source = new Paragraph(caption.source());
        source.addClassName("handout-source");
        // the address reads left to right inside Arabic text, as in the deck's footer
        Anchor permalink = new Anchor(caption.permalink(), caption.permalink());
        permalink.getElement().setAttribute("dir", "ltr");
        Paragraph link = new Paragraph(permalink);
        link.add(" · " + caption.exportedOn());
        link.addClassName("handout-permalink");
        page.add(source, link);
        return page;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("handout.page-title", count);
    }
}

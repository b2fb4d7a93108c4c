package org.ccfacts.present;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ccfacts.a11y.ChartReading;
import org.ccfacts.a11y.ChartSummary;
import org.ccfacts.a11y.PlayButton;
import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.chart.ApexChart;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.export.DeckExport;
import org.ccfacts.export.ExportAllButton;
import org.ccfacts.export.ExportCaption;
import org.ccfacts.export.ExportCaptions;
import org.ccfacts.export.ExportMenu;
import org.ccfacts.i18n.ViewLocale;
import org.ccfacts.frame.MainLayout;
import org.ccfacts.export.ExportRequest;
import org.ccfacts.export.PublicUrl;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * {@code /chart/{id}}: one chart, large, with its title, subtitle, the notes that change its meaning, its
 * sources, and the export toolbar. The permalink burned into every export points here. Optional
 * parameters preset the toolbar ({@code ?size=16x9&scale=3&theme=dark}); invalid ones are a 400.
 */
@Route(value = "chart/:chartId", layout = MainLayout.class)
public class ChartPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ChartCatalog catalog;
    private final DatasetService datasetService;
    private final ExportCaptions captions;
    private final DeckExport deckExport;
    private final ChartSummary summary;
    private String pageTitle = "Chart";

    public ChartPageView(ChartCatalog catalog, DatasetService datasetService, ExportCaptions captions,
                         DeckExport deckExport, ChartSummary summary) {
        this.summary = summary;
        this.catalog = catalog;
        this.datasetService = datasetService;
        this.captions = captions;
        this.deckExport = deckExport;
        setMaxWidth("1200px");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("chartId").orElse("");
        ChartDefinition definition = catalog.byId(id).orElseThrow(() -> new UnknownChartException(id));
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        ExportRequest initial = ExportRequest.parse(first(query, "format"), first(query, "size"),
                first(query, "scale") == null ? "2" : first(query, "scale"), first(query, "theme"));
        show(definition, initial);
    }

    private void show(ChartDefinition definition, ExportRequest initial) {
        removeAll();
        Locale locale = ViewLocale.current();
        ExportCaption caption = captions.caption(definition, locale, PublicUrl.base());
        pageTitle = caption.title();

        ApexChart chart = new ApexChart();
        chart.setId("chart-" + definition.id());
        chart.setWidthFull();
        chart.setHeight(definition.layout().heights().page());
        chart.setAccessibleName(caption.title() + ". " + caption.subtitle());
        // title and subtitle are the page's text above the chart
        Dataset dataset = datasetService.current();
        chart.setOptions(definition.options(dataset, locale));
        ChartReading.of(chart.getOptions(), dataset, locale).applyTo(chart);
        Paragraph described = ChartReading.describe(chart, summary.describe(definition.rows(dataset, locale), locale));

        H1 title = new H1(caption.title());
        Paragraph subtitle = new Paragraph(caption.subtitle());
        subtitle.addClassName("chart-subtitle");
        UnorderedList notes = new UnorderedList();
        caption.notes().forEach(n -> notes.add(new ListItem(n)));
        notes.getElement().setAttribute("data-chart-notes", "");
        Paragraph source = new Paragraph(caption.source());
        source.getElement().setAttribute("data-chart-source", "");

        HorizontalLayout links = new HorizontalLayout(new Anchor("", getTranslation("chartpage.all")),
                new Anchor("present/" + definition.id(), getTranslation("chartpage.present")));
        links.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(links, title, subtitle, chart, described, new PlayButton(chart));
        if (!caption.notes().isEmpty()) {
            add(notes);
        }
        add(source, new ExportMenu(caption, chart, initial),
                new ExportAllButton(catalog, datasetService, deckExport, locale));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}

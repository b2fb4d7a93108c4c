package org.ccfacts.dashboard;

import java.util.Locale;

import org.ccfacts.a11y.ChartReading;
import org.ccfacts.a11y.ChartTable;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.chart.ApexChart;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.export.ExportCaptions;
import org.ccfacts.export.ExportMenu;
import org.ccfacts.export.PublicUrl;
import org.ccfacts.html.Disclosure;

import com.vaadin.flow.component.html.Section;

/**
 * One chart of the catalog with its title and subtitle as page text (they wrap on a phone, where
 * ApexCharts' own title would be clipped), its sources, notes that belong to it, the figures as a table,
 * the export menu and a link to the chart on its own page.
 */
final class ChartCard extends Section {

    private final ApexChart chart = new ApexChart();

    /**
     * @param dataset  the version the page draws (its export caption cites the same rows)
     * @param content  the chart's texts, options, rows and summary, shared by every session (DashboardContent)
     * @param captions where the export menu gets its caption when it is first opened
     */
    ChartCard(ChartDefinition definition, Dataset dataset, DashboardContent.Chart content, Locale locale,
              ExportCaptions captions) {
        setId("card-" + definition.id());
        addClassName("cc-card");
        addClassName("cc-chart-card");
        if (definition.layout().wide()) {
            addClassName("cc-wide");
        }
        chart.setId(chartId(definition));
        chart.setWidthFull();
        chart.setHeight(definition.layout().heights().card());
        chart.setAccessibleName(content.name());
        chart.setLocale(locale.toLanguageTag());
        // title and subtitle are the card's text above the chart, not part of its options
        chart.setOptions(content.options());
        // keyboard through the figures, their announcements and sound (ChartReading), shared by every session
        ChartReading.applyTo(chart, content.parts().reading());
        // what a screen reader says after the name: the figures drawn, from the rows only
        ChartReading.describedBy(chart);

        // title and subtitle above the chart; under it its description, notes, sources, "Play as sound" and the
        // link to its own page: two text blocks, one server-side node each (StaticMarkup)
        add(new MarkupBlock(content.parts().head()), chart, new MarkupBlock(content.parts().foot()),
                new ChartTable(definition.id(), definition.title(locale), content.rows()),
                exportDisclosure(definition, dataset, locale, captions));
    }

    /**
     * "Export" opens the chart's export menu, built on first use: six menus were more than a third of the
     * dashboard's server-side state per session (docs/PERFORMANCE.md). Its caption is made then too, so the
     * page keeps none, and the export date is the day of the export. A chart's own page shows its menu open.
     */
    private Disclosure exportDisclosure(ChartDefinition definition, Dataset dataset, Locale locale,
                                        ExportCaptions captions) {
        String label = getTranslation("chart.export");
        Disclosure disclosure = new Disclosure(definition.id() + "-export", label, label,
                () -> new ExportMenu(captions.caption(definition, dataset, locale, PublicUrl.base()), chart));
        disclosure.addClassName("cc-export-disclosure");
        // Esc in the open menu closes it and puts focus back on its button
        disclosure.closeOnEscape();
        return disclosure;
    }

    /** The id of the chart's element on the dashboard. */
    static String chartId(ChartDefinition definition) {
        return "chart-" + definition.id();
    }

    ApexChart chart() {
        return chart;
    }
}

package org.ccfacts.dashboard;

import java.util.Locale;

import org.ccfacts.a11y.ChartReading;
import org.ccfacts.a11y.ChartTable;
import org.ccfacts.a11y.PlayButton;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.chart.ApexChart;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.export.ExportCaptions;
import org.ccfacts.export.ExportMenu;
import org.ccfacts.export.PublicUrl;
import org.ccfacts.html.Disclosure;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * One chart of the catalog with its title and subtitle as page text (they wrap on a phone, where
 * ApexCharts' own title would be clipped), its sources, notes that belong to it, the figures as a table,
 * the export menu and a link to the chart on its own page.
 */
final class ChartCard extends Section {

    private final ApexChart chart = new ApexChart();
    private final Div notes = new Div();

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
        chart.setId("chart-" + definition.id());
        chart.setWidthFull();
        chart.setHeight(definition.layout().heights().card());
        chart.setAccessibleName(content.name());
        chart.setLocale(locale.toLanguageTag());
        // title and subtitle are the card's text above the chart, not part of its options
        chart.setOptions(content.options());
        // keyboard through the figures, their announcements and sound (ChartReading)
        ChartReading.of(content.options(), dataset, locale).applyTo(chart);
        // what a screen reader says after the name: the figures drawn, from the rows only
        Paragraph summary = ChartReading.describe(chart, content.summary());

        Anchor open = new Anchor("chart/" + definition.id(), getTranslation("chart.open"));
        open.setId("open-" + definition.id());
        open.addClassName("cc-open");
        // title, subtitle and sources are text blocks: one server-side node each (StaticMarkup)
        add(new MarkupBlock(content.title()), new MarkupBlock(content.subtitle()), chart, summary);
        notes.addClassName("cc-notes");
        // what the chart gives for under it: a part-year figure, the full poll questions, event details
        content.notes().forEach(note -> notes.add(new MarkupBlock(note)));
        add(notes, new MarkupBlock(content.sources()), new PlayButton(chart), new ChartTable(definition.id(), definition.title(locale), content.rows()),
                exportDisclosure(definition, dataset, locale, captions), open);
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

    ApexChart chart() {
        return chart;
    }
}

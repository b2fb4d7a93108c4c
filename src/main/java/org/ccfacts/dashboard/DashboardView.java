package org.ccfacts.dashboard;

import java.util.Locale;

import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.TradeVolumeChart;
import org.ccfacts.chart.ApexChart;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetService;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** The main screen: the figures of China–Central Asia cooperation, each with its source. */
@Route("")
@PageTitle("China–Central Asia cooperation: the figures")
public class DashboardView extends VerticalLayout {

    public DashboardView(DatasetService datasetService, ChartCatalog catalog) {
        Dataset dataset = datasetService.current();
        ApexChart trade = new ApexChart();
        trade.setId("chart-trade-volume");
        trade.setWidthFull();
        trade.setHeight("420px");
        trade.setAccessibleName("China–Central Asia trade in goods, US$ billion, by year");
        trade.setOptions(catalog.byId(TradeVolumeChart.ID).orElseThrow().options(dataset, Locale.ENGLISH));

        add(new H1("China–Central Asia cooperation: the figures"),
                trade,
                new Paragraph("Dataset version " + dataset.version()));
        setMaxWidth("1200px");
        getStyle().set("margin", "0 auto");
    }
}

package org.ccfacts.a11y;

import java.util.List;
import java.util.Locale;

import org.ccfacts.catalog.ChartRow;
import org.ccfacts.dataset.Qualifier;
import org.ccfacts.format.FigureFormat;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;

/**
 * "Show as table" for a chart: a disclosure button ({@code aria-expanded}, {@code aria-controls})
 * and a Grid with exactly the rows the chart draws — value written as on the chart, the qualifier in
 * words, unit, source and note. The grid is built hidden and only shown on request.
 */
public class ChartTable extends Composite<Div> {

    private final Button toggle = new Button();
    private final Grid<ChartRow> grid = new Grid<>();

    /**
     * @param chartId the chart's element id; the table gets {@code <chartId>-table}
     * @param title   the chart's title, to name the table
     * @param rows    the chart's rows ({@code ChartDefinition.rows})
     */
    public ChartTable(String chartId, String title, List<ChartRow> rows) {
        Locale locale = getLocale();
        FigureFormat format = new FigureFormat(locale);

        grid.setId(chartId + "-table");
        grid.setAriaLabel(getTranslation("table.label", title));
        grid.addColumn(ChartRow::series).setKey("series").setHeader(getTranslation("table.column.series")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(ChartRow::label).setKey("label").setHeader(getTranslation("table.column.label")).setAutoWidth(true);
        grid.addColumn(row -> ChartSummary.figure(format, row)).setKey("value").setHeader(getTranslation("table.column.value")).setAutoWidth(true);
        grid.addColumn(row -> qualifierInWords(row.qualifier())).setKey("qualifier").setHeader(getTranslation("table.column.qualifier")).setAutoWidth(true);
        grid.addColumn(row -> format.unitName(row.unit())).setKey("unit").setHeader(getTranslation("table.column.unit")).setAutoWidth(true);
        grid.addColumn(ChartRow::source).setKey("source").setHeader(getTranslation("table.column.source")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(row -> row.note().orElse("")).setKey("note").setHeader(getTranslation("table.column.note")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(rows);
        grid.setVisible(false);

        toggle.setId(chartId + "-table-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.getElement().setAttribute("aria-controls", grid.getId().orElseThrow());
        toggle.addClickListener(click -> setExpanded(!grid.isVisible()));
        setExpanded(false);

        getContent().addClassName("chart-table");
        getContent().add(toggle, grid);
    }

    public boolean isExpanded() {
        return grid.isVisible();
    }

    public void setExpanded(boolean expanded) {
        grid.setVisible(expanded);
        toggle.setText(getTranslation(expanded ? "table.hide" : "table.show"));
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(expanded));
    }

    private String qualifierInWords(String code) {
        return Qualifier.fromCode(code).map(q -> getTranslation("table.qualifier." + q.code())).orElse(code);
    }
}

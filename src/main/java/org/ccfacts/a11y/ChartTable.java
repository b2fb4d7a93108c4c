package org.ccfacts.a11y;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.ccfacts.catalog.ChartRow;
import org.ccfacts.dataset.Qualifier;
import org.ccfacts.format.FigureFormat;
import org.ccfacts.html.Disclosure;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

/**
 * "Show as table" for a chart: a {@link Disclosure} with a plain HTML table of exactly the rows the chart
 * draws — value written as on the chart, the qualifier in words, unit, source and note. The table is
 * built the first time it is asked for.
 */
public class ChartTable extends Composite<Disclosure> {

    /** A column: its name in the page ({@code data-column}), its header and what a row shows in it. */
    private record Column(String key, String header, Function<ChartRow, String> cell) {
    }

    private final String chartId;
    private final String title;
    private final List<ChartRow> rows;
    private NativeTable table;

    /**
     * @param chartId the chart's id; the table's panel gets {@code <chartId>-table}
     * @param title   the chart's title, to name the table
     * @param rows    the chart's rows ({@code ChartDefinition.rows})
     */
    public ChartTable(String chartId, String title, List<ChartRow> rows) {
        this.chartId = chartId;
        this.title = title;
        this.rows = List.copyOf(rows);
        String label = getTranslation("table.label", title);
        getContent().onPanel(panel -> {
            panel.addClassName("cc-table-holder");
            // a wide table scrolls sideways in its panel: keyboard users reach and scroll it too
            panel.getElement().setAttribute("tabindex", "0");
            panel.getElement().setAttribute("role", "region");
            panel.getElement().setAttribute("aria-label", label);
        });
        getContent().addClassName("chart-table");
    }

    @Override
    protected Disclosure initContent() {
        return new Disclosure(chartId + "-table", getTranslation("table.show"), getTranslation("table.hide"), () -> {
            table = buildTable();
            return table;
        });
    }

    public boolean isExpanded() {
        return getContent().isExpanded();
    }

    public void setExpanded(boolean expanded) {
        getContent().setExpanded(expanded);
    }

    /** The table, once it has been shown; empty before. */
    public Optional<NativeTable> table() {
        return Optional.ofNullable(table);
    }

    private NativeTable buildTable() {
        Locale locale = getLocale();
        FigureFormat format = new FigureFormat(locale);
        List<Column> columns = List.of(
                new Column("series", getTranslation("table.column.series"), ChartRow::series),
                new Column("label", getTranslation("table.column.label"), ChartRow::label),
                new Column("value", getTranslation("table.column.value"), row -> ChartSummary.figure(format, row)),
                new Column("qualifier", getTranslation("table.column.qualifier"), row -> qualifierInWords(row.qualifier())),
                new Column("unit", getTranslation("table.column.unit"), row -> format.unitName(row.unit())),
                new Column("source", getTranslation("table.column.source"), ChartRow::source),
                new Column("note", getTranslation("table.column.note"), row -> row.note().orElse("")));

        NativeTable result = new NativeTable();
        result.addClassName("cc-table");
        result.setCaptionText(getTranslation("table.label", title));
        NativeTableRow headerRow = result.getHead().addRow();
        for (Column column : columns) {
            NativeTableHeaderCell header = headerRow.addHeaderCell();
            header.setText(column.header());
            header.getElement().setAttribute("scope", "col");
            header.getElement().setAttribute("data-column", column.key());
        }
        NativeTableBody body = result.getBody();
        for (ChartRow row : rows) {
            NativeTableRow line = body.addRow();
            for (Column column : columns) {
                NativeTableCell cell = line.addDataCell();
                cell.setText(column.cell().apply(row));
                cell.getElement().setAttribute("data-column", column.key());
            }
        }
        return result;
    }

    private String qualifierInWords(String code) {
        return Qualifier.fromCode(code).map(q -> getTranslation("table.qualifier." + q.code())).orElse(code);
    }
}

package org.ccfacts.present;

import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.chart.ApexChart;
import org.ccfacts.chart.ChartOptions;
import org.ccfacts.export.ExportCaption;

import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A chart with its caption, as presentation mode ({@code present-…}) and the handout ({@code handout-…}) both build
 * it from the chart's {@link ExportCaption}: the chart named by its title and subtitle for a screen reader, the
 * title and the subtitle, each with the view's class. Each view sizes the chart and arranges the parts (a slide's
 * footer, a printed page's notes and permalink) its own way.
 */
final class CaptionedChart {

    private final String prefix;
    private final ExportCaption caption;

    /** @param prefix the view's class and id prefix, "present" or "handout" */
    CaptionedChart(String prefix, ExportCaption caption) {
        this.prefix = prefix;
        this.caption = caption;
    }

    /** The chart, id {@code <prefix>-chart-<id>}, class {@code <prefix>-chart}, drawn from {@code options}. */
    ApexChart chart(ChartDefinition definition, ChartOptions options) {
        ApexChart chart = new ApexChart();
        chart.setId(prefix + "-chart-" + definition.id());
        chart.addClassName(prefix + "-chart");
        chart.setAccessibleName(caption.title() + ". " + caption.subtitle());
        chart.setOptions(options);
        return chart;
    }

    /** {@code heading} (the view's level: a slide's H1, a printed page's H2) holding the title. */
    <T extends HasText & HasStyle> T title(T heading) {
        heading.setText(caption.title());
        heading.addClassName(prefix + "-title");
        return heading;
    }

    Paragraph subtitle() {
        Paragraph subtitle = new Paragraph(caption.subtitle());
        subtitle.addClassName(prefix + "-subtitle");
        return subtitle;
    }
}

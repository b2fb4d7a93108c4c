package org.ccfacts.export;

import java.util.List;
import java.util.Objects;

import org.ccfacts.chart.ApexChart;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;

/**
 * The export menu of one chart: size (plain chart 3:2, slide 16:9 or 4:3), PNG scale 1–4×, light or dark,
 * and PNG, SVG and CSV downloads. PNG and SVG are composed in the browser around a fresh drawing of the
 * chart (frontend/chart-export.ts), with the caption this menu is given; CSV comes from the server.
 *
 * <pre>{@code new ExportMenu(captions.caption(definition, locale, PublicUrl.base()), chart)}</pre>
 */
@JsModule("./chart-export.ts")
@NpmPackage(value = "@fontsource/noto-sans", version = "5.3.0")
@NpmPackage(value = "@fontsource/noto-sans-arabic", version = "5.3.0")
@NpmPackage(value = "@fontsource/noto-sans-sc", version = "5.3.0")
public class ExportMenu extends Composite<FlexLayout> {

    private final ExportCaption caption;
    private final ApexChart chart;
    private final Select<SlidePreset> size = new Select<>();
    private final Select<Integer> scale = new Select<>();
    private final Select<ExportTheme> theme = new Select<>();
    private final Button png = new Button("PNG");
    private final Button svg = new Button("SVG");
    private final Span status = new Span();

    public ExportMenu(ExportCaption caption, ApexChart chart) {
        this(caption, chart, ExportRequest.of(ExportFormat.PNG, SlidePreset.CHART, 2, ExportTheme.LIGHT));
    }

    /** With the choices preset, e.g. from a shared link's parameters. */
    public ExportMenu(ExportCaption caption, ApexChart chart, ExportRequest initial) {
        this.caption = Objects.requireNonNull(caption);
        this.chart = Objects.requireNonNull(chart);

        size.setLabel("Size");
        size.setItems(SlidePreset.values());
        size.setItemLabelGenerator(SlidePreset::label);
        size.setValue(initial.preset());
        scale.setLabel("PNG scale");
        scale.setItems(List.of(1, 2, 3, 4));
        scale.setItemLabelGenerator(s -> s + "× (" + size.getValue().width() * s + " × "
                + size.getValue().height() * s + " px)");
        scale.setValue(initial.scale());
        size.addValueChangeListener(e -> scale.getListDataView().refreshAll());
        theme.setLabel("Colours");
        theme.setItems(ExportTheme.values());
        theme.setItemLabelGenerator(ExportTheme::label);
        theme.setValue(initial.theme());
        size.getElement().setAttribute("data-export-choice", "size");
        scale.getElement().setAttribute("data-export-choice", "scale");
        theme.getElement().setAttribute("data-export-choice", "theme");

        png.getElement().setAttribute("data-export", "png");
        svg.getElement().setAttribute("data-export", "svg");
        png.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        png.setTooltipText("Image with title, notes, source and link burned in");
        svg.setTooltipText("Vector image with title, notes, source and link, fonts embedded");
        png.addClickListener(e -> export(ExportFormat.PNG));
        svg.addClickListener(e -> export(ExportFormat.SVG));

        Anchor csv = new Anchor(CsvExportController.path(caption.chartId(), java.util.Locale.forLanguageTag(caption.language())), "CSV");
        csv.getElement().setAttribute("download", "");
        csv.getElement().setAttribute("data-export", "csv");
        csv.getElement().setAttribute("router-ignore", "");
        csv.setTitle("The figures drawn, with their sources (UTF-8 CSV)");
        csv.getElement().getThemeList().add("export-link");

        status.getElement().setAttribute("aria-live", "polite");
        status.getElement().setAttribute("data-export-status", "");

        FlexLayout layout = getContent();
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.getStyle().set("gap", "var(--lumo-space-s)");
        layout.getElement().setAttribute("role", "group");
        layout.getElement().setAttribute("aria-label", "Export " + caption.title());
        layout.getElement().setAttribute("data-export-menu", caption.chartId());
        layout.add(size, scale, theme, png, svg, csv, status);
    }

    ExportRequest currentRequest(ExportFormat format) {
        return ExportRequest.of(format, size.getValue(), scale.getValue(), theme.getValue());
    }

    private void export(ExportFormat format) {
        ExportRequest request = currentRequest(format);
        png.setEnabled(false);
        svg.setEnabled(false);
        status.setText("Composing " + format.extension().toUpperCase(java.util.Locale.ROOT) + "…");
        getElement().executeJs("return window.ccfactsExport.download($0, $1, $2)", chart.getElement(),
                ExportJson.request(request), ExportJson.caption(caption))
                .then(String.class, fileName -> done("Downloaded " + fileName),
                        error -> done("Export failed: " + error));
    }

    private void done(String message) {
        png.setEnabled(true);
        svg.setEnabled(true);
        status.setText(message);
    }
}

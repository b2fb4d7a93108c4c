package org.ccfacts.export;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.ccfacts.catalog.CatalogText;
import org.ccfacts.chart.ApexChart;
import org.ccfacts.i18n.ViewLocale;

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
    private final Locale locale = ViewLocale.current();
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

        size.setLabel(text("export.size"));
        size.setItems(SlidePreset.values());
        size.setItemLabelGenerator(p -> p.label(locale));
        size.setValue(initial.preset());
        scale.setLabel(text("export.scale"));
        scale.setItems(List.of(1, 2, 3, 4));
        scale.setItemLabelGenerator(s -> scaleLabel(locale, size.getValue(), s));
        scale.setValue(initial.scale());
        size.addValueChangeListener(e -> scale.getListDataView().refreshAll());
        theme.setLabel(text("export.theme"));
        theme.setItems(ExportTheme.values());
        theme.setItemLabelGenerator(t -> t.label(locale));
        theme.setValue(initial.theme());
        size.getElement().setAttribute("data-export-choice", "size");
        scale.getElement().setAttribute("data-export-choice", "scale");
        theme.getElement().setAttribute("data-export-choice", "theme");

        png.getElement().setAttribute("data-export", "png");
        svg.getElement().setAttribute("data-export", "svg");
        png.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        png.setTooltipText(text("export.png.tooltip"));
        svg.setTooltipText(text("export.svg.tooltip"));
        png.addClickListener(e -> export(ExportFormat.PNG));
        svg.addClickListener(e -> export(ExportFormat.SVG));

        Anchor csv = new Anchor(CsvExportController.path(caption.chartId(), Locale.forLanguageTag(caption.language())), "CSV");
        csv.getElement().setAttribute("download", "");
        csv.getElement().setAttribute("data-export", "csv");
        csv.getElement().setAttribute("router-ignore", "");
        csv.setTitle(text("export.csv.title"));
        csv.getElement().getThemeList().add("export-link");

        status.getElement().setAttribute("aria-live", "polite");
        status.getElement().setAttribute("data-export-status", "");

        FlexLayout layout = getContent();
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.getStyle().set("gap", "var(--lumo-space-s)");
        layout.getElement().setAttribute("role", "group");
        layout.getElement().setAttribute("aria-label", text("export.menu.label", caption.title()));
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
        status.setText(text("export.status.composing", format.extension().toUpperCase(Locale.ROOT)));
        getElement().executeJs("return window.ccfactsExport.download($0, $1, $2)", chart.getElement(),
                ExportJson.request(request), ExportJson.caption(caption))
                .then(String.class, fileName -> done(text("export.status.downloaded", fileName)),
                        // the browser's reason is a developer's message and stays as it is
                        error -> done(text("export.status.failed", error)));
    }

    /** "3× (4800 × 3600 px)": the pixel size the PNG will have, as plain digits. */
    static String scaleLabel(Locale locale, SlidePreset preset, int scale) {
        return CatalogText.get(locale, "export.scale.option", String.valueOf(scale),
                String.valueOf(preset.width() * scale), String.valueOf(preset.height() * scale));
    }

    private String text(String key, Object... arguments) {
        return CatalogText.get(locale, key, arguments);
    }

    private void done(String message) {
        png.setEnabled(true);
        svg.setEnabled(true);
        status.setText(message);
    }
}

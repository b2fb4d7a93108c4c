package org.ccfacts.export;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.ccfacts.chart.ApexChart;
import org.ccfacts.html.NativeSelect;
import org.ccfacts.i18n.BundleTranslations;
import org.ccfacts.i18n.ViewLocale;
import org.ccfacts.security.ClientScript;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;

/**
 * The export menu of one chart: size (plain chart 3:2, slide 16:9 or 4:3), PNG scale 1–4×, light or dark,
 * and PNG, SVG and CSV downloads. PNG and SVG are composed in the browser around a fresh drawing of the
 * chart (src/main/frontend/chart-export.ts), with the caption this menu is given; CSV comes from the server.
 *
 * <pre>{@code new ExportMenu(captions.caption(definition, locale, PublicUrl.base()), chart)}</pre>
 */
@JsModule("./chart-export.ts")
@NpmPackage(value = "@fontsource/noto-sans", version = "5.3.0")
@NpmPackage(value = "@fontsource/noto-sans-arabic", version = "5.3.0")
@NpmPackage(value = "@fontsource/noto-sans-sc", version = "5.3.0")
public class ExportMenu extends Composite<Div> {

    /** Composes and downloads the chart $0 (chart-export.ts); answers with the file's name. */
    private static final ClientScript DOWNLOAD = ClientScript.onElementWithResult(
            "return window.ccfactsExport.download($0, $1, $2)", 3);

    private final ExportCaption caption;
    private final ApexChart chart;
    private final Locale locale = ViewLocale.current();
    private final NativeSelect<SlidePreset> size;
    private final NativeSelect<Integer> scale;
    private final NativeSelect<ExportTheme> theme;
    private final NativeButton png = new NativeButton("PNG");
    private final NativeButton svg = new NativeButton("SVG");
    private final Span status = new Span();

    public ExportMenu(ExportCaption caption, ApexChart chart) {
        this(caption, chart, ExportRequest.of(ExportFormat.PNG, SlidePreset.CHART, 2, ExportTheme.LIGHT));
    }

    /** With the choices preset, e.g. from a shared link's parameters. */
    public ExportMenu(ExportCaption caption, ApexChart chart, ExportRequest initial) {
        this.caption = Objects.requireNonNull(caption);
        this.chart = Objects.requireNonNull(chart);

        size = new NativeSelect<>(List.of(SlidePreset.values()), p -> p.label(locale), initial.preset());
        scale = new NativeSelect<>(List.of(1, 2, 3, 4), s -> scaleLabel(locale, initial.preset(), s), initial.scale());
        size.addValueChangeListener(e -> scale.setItemLabelGenerator(s -> scaleLabel(locale, e.getValue(), s)));
        theme = new NativeSelect<>(List.of(ExportTheme.values()), t -> t.label(locale), initial.theme());
        size.getElement().setAttribute("data-export-choice", "size");
        scale.getElement().setAttribute("data-export-choice", "scale");
        theme.getElement().setAttribute("data-export-choice", "theme");

        png.getElement().setAttribute("data-export", "png");
        svg.getElement().setAttribute("data-export", "svg");
        png.addClassNames("cc-button", "cc-button-primary");
        svg.addClassName("cc-button");
        png.getElement().setAttribute("title", text("export.png.tooltip"));
        svg.getElement().setAttribute("title", text("export.svg.tooltip"));
        png.addClickListener(e -> export(ExportFormat.PNG));
        svg.addClickListener(e -> export(ExportFormat.SVG));

        // the figures of the version the page shows (an earlier one, or the one before a reload), not the newest
        Anchor csv = new Anchor(CsvExportController.path(caption.chartId(), Locale.forLanguageTag(caption.language()),
                caption.version()), "CSV");
        csv.getElement().setAttribute("download", "");
        csv.getElement().setAttribute("data-export", "csv");
        csv.getElement().setAttribute("router-ignore", "");
        csv.setTitle(text("export.csv.title"));

        status.getElement().setAttribute("aria-live", "polite");
        status.getElement().setAttribute("data-export-status", "");

        Div layout = getContent();
        layout.addClassName("cc-export-menu");
        layout.getElement().setAttribute("role", "group");
        layout.getElement().setAttribute("aria-label", text("export.menu.label", caption.title()));
        layout.getElement().setAttribute("data-export-menu", caption.chartId());
        layout.add(labelled("export.size", size), labelled("export.scale", scale), labelled("export.theme", theme),
                png, svg, csv, status);
    }

    /** A choice with its name above it; the label element names the select for assistive technology. */
    private NativeLabel labelled(String key, NativeSelect<?> select) {
        Span name = new Span(text(key));
        name.addClassName("cc-field-label");
        NativeLabel label = new NativeLabel();
        label.addClassName("cc-field");
        label.add(name, select);
        return label;
    }

    ExportRequest currentRequest(ExportFormat format) {
        return ExportRequest.of(format, size.getValue(), scale.getValue(), theme.getValue());
    }

    private void export(ExportFormat format) {
        ExportRequest request = currentRequest(format);
        png.setEnabled(false);
        svg.setEnabled(false);
        status.setText(text("export.status.composing", format.extension().toUpperCase(Locale.ROOT)));
        DOWNLOAD.runThen(getElement(), String.class, fileName -> done(text("export.status.downloaded", fileName)),
                // the browser's reason is a developer's message and stays as it is
                error -> done(text("export.status.failed", error)),
                chart.getElement(), ExportJson.request(request), ExportJson.caption(caption));
    }

    /** "3× (4800 × 3600 px)": the pixel size the PNG will have, as plain digits. */
    static String scaleLabel(Locale locale, SlidePreset preset, int scale) {
        return BundleTranslations.get(locale, "export.scale.option", String.valueOf(scale),
                String.valueOf(preset.width() * scale), String.valueOf(preset.height() * scale));
    }

    private String text(String key, Object... arguments) {
        return BundleTranslations.get(locale, key, arguments);
    }

    private void done(String message) {
        png.setEnabled(true);
        svg.setEnabled(true);
        status.setText(message);
    }
}

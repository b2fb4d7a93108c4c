package org.ccfacts.chart;

import java.util.Objects;

import org.ccfacts.security.ClientScript;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * An ApexCharts chart. Set immutable {@link ChartOptions}; they reach the browser as one JSON document
 * per round trip, however often they were set.
 */
@Tag("apex-chart")
@NpmPackage(value = "apexcharts", version = "4.7.0")
@JsModule("./apex-chart.ts")
@CssImport("./apex-chart/accessibility.css")
public class ApexChart extends Component implements HasSize {

    /** The element's {@code setConfig(json, locale)} (apex-chart.ts). */
    private static final ClientScript SET_CONFIG = ClientScript.method("setConfig", 2);

    private ChartOptions options = ChartOptions.of(ChartType.LINE, "100%");
    /** Null: the UI's locale, so a chart formats like the page around it without every view passing it. */
    private String locale;
    private boolean pushScheduled;

    public ApexChart() {
        getElement().setAttribute("role", "img");
    }

    public ChartOptions getOptions() {
        return options;
    }

    public void setOptions(ChartOptions options) {
        this.options = Objects.requireNonNull(options);
        schedulePush();
    }

    /**
     * The language tag the browser formats numbers and dates with (e.g. "en", "ar", "zh-CN"); by
     * default the UI's locale.
     */
    public void setLocale(String locale) {
        this.locale = Objects.requireNonNull(locale);
        schedulePush();
    }

    /** The name screen readers announce for the chart, e.g. its title. */
    public void setAccessibleName(String name) {
        getElement().setAttribute("aria-label", name);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // a re-attached element is new in the browser: it needs the options again
        pushScheduled = false;
        schedulePush();
    }

    private void schedulePush() {
        if (pushScheduled) {
            return;
        }
        getUI().ifPresent(ui -> {
            pushScheduled = true;
            ui.beforeClientResponse(this, context -> {
                pushScheduled = false;
                SET_CONFIG.run(getElement(), ChartJson.write(options), locale != null ? locale : getLocale().toLanguageTag());
            });
        });
    }
}

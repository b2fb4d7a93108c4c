package org.ccfacts.a11y;

import org.ccfacts.chart.ApexChart;

import com.vaadin.flow.component.html.NativeButton;

/**
 * "Play as sound" for one chart: plays the chart's series as tones, a higher pitch for a higher value. Played
 * entirely in the browser (src/main/frontend/apex-chart/keyboard.ts finds the button by {@code data-plays}):
 * the click needs no round trip and runs no server-sent script.
 */
public class PlayButton extends NativeButton {

    public PlayButton(ApexChart chart) {
        super(chart.getTranslation("reading.play"));
        String chartId = chart.getId().orElseThrow(() -> new IllegalArgumentException("the chart needs an id first"));
        setId("play-" + chartId);
        addClassNames("cc-button", "cc-button-tertiary", "cc-play");
        getElement().setAttribute("data-plays", chartId);
        getElement().setAttribute("aria-controls", chartId);
    }
}

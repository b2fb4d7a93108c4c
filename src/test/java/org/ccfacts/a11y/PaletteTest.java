package org.ccfacts.a11y;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.chart.Palette;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetProperties;
import org.ccfacts.dataset.DatasetService;
import org.junit.jupiter.api.Test;

/** WCAG 2.1 AA contrast of the theme and the chart palette, light and dark. The computed table is in the README. */
class PaletteTest {

    @Test
    void contrastFormulaMatchesWcagReferencePoints() {
        assertThat(Contrast.ratio("#000000", "#FFFFFF")).isCloseTo(21.0, within(1e-9));
        assertThat(Contrast.ratio("#777777", "#FFFFFF")).isCloseTo(4.48, within(0.01)); // the well-known just-failing grey
        assertThat(Contrast.ratio("#FFFFFF", "#FFFFFF")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void linkAndButtonTextReachAaInBothThemes() {
        assertThat(Contrast.ratio(Palette.LIGHT_PRIMARY_TEXT, Palette.LIGHT_BACKGROUND)).isGreaterThanOrEqualTo(Contrast.TEXT);
        assertThat(Contrast.ratio(Palette.DARK_PRIMARY_TEXT, Palette.DARK_BACKGROUND)).isGreaterThanOrEqualTo(Contrast.TEXT);
    }

    @Test
    void focusRingIsVisibleInBothThemes() {
        // the same colours as --cc-focus-ring in styles.css
        assertThat(Contrast.ratio(Palette.LIGHT_PRIMARY_TEXT, Palette.LIGHT_BACKGROUND)).isGreaterThanOrEqualTo(Contrast.GRAPHICS);
        assertThat(Contrast.ratio(Palette.DARK_PRIMARY_TEXT, Palette.DARK_BACKGROUND)).isGreaterThanOrEqualTo(Contrast.GRAPHICS);
    }

    @Test
    void chartColoursUsableOnEachBackgroundAreKnown() {
        // the trade chart's line and marker colours (blue, vermillion) carry meaning on white
        assertThat(Contrast.forGraphicsOn(Palette.LIGHT_BACKGROUND)).contains("#0072B2", "#D55E00", "#009E73", "#000000")
                .doesNotContain("#E69F00", "#56B4E9", "#F0E442");
        // the dark card surface is dark enough for every colour the charts use, Okabe–Ito blue included
        assertThat(Contrast.forGraphicsOn(Palette.DARK_BACKGROUND)).contains("#0072B2", "#56B4E9", "#D55E00", "#E69F00", "#009E73")
                .doesNotContain("#000000");
        assertThat(Contrast.forGraphicsOn("#233348")).as("Lumo's own dark base was not").doesNotContain("#0072B2");
    }

    @Test
    void everyChartsColoursReachThreeToOneOnWhiteAndOnTheDarkCard() {
        // bars, lines and markers are drawn on white (light pages and exports) and on the dark card: the
        // polls' orange and road transport's sky blue were about 2:1 on white
        Dataset dataset = new DatasetService(new DatasetProperties(Path.of("data")), java.time.Clock.systemUTC()).current();
        for (ChartDefinition chart : new ChartCatalog().all()) {
            List<String> colours = chart.options(dataset, Locale.ENGLISH).colors();
            assertThat(colours).as(chart.id()).isNotEmpty().allSatisfy(colour -> {
                assertThat(Contrast.ratio(colour, Palette.LIGHT_BACKGROUND)).as(chart.id() + " " + colour + " on white")
                        .isGreaterThanOrEqualTo(Contrast.GRAPHICS);
                assertThat(Contrast.ratio(colour, Palette.DARK_BACKGROUND)).as(chart.id() + " " + colour + " on the dark card")
                        .isGreaterThanOrEqualTo(Contrast.GRAPHICS);
            });
        }
    }
}

package org.ccfacts.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.ccfacts.i18n.Language;
import org.junit.jupiter.api.Test;

class ExportRequestTest {

    @Test
    void pixelSizeIsThePresetTimesTheScaleExactly() {
        for (SlidePreset preset : SlidePreset.values()) {
            for (int scale = 1; scale <= 4; scale++) {
                ExportRequest request = ExportRequest.of(ExportFormat.PNG, preset, scale, ExportTheme.LIGHT);
                assertThat(request.pixelWidth()).isEqualTo(preset.width() * scale);
                assertThat(request.pixelHeight()).isEqualTo(preset.height() * scale);
            }
        }
        assertThat(ExportRequest.parse("png", "16x9", "3", "dark").pixelWidth()).isEqualTo(5760);
        assertThat(SlidePreset.SLIDE_4_3.width() * 1.0 / SlidePreset.SLIDE_4_3.height()).isEqualTo(4.0 / 3);
        assertThat(SlidePreset.SLIDE_16_9.width() * 9).isEqualTo(SlidePreset.SLIDE_16_9.height() * 16);
    }

    @Test
    void refusesScalesOutsideOneToFour() {
        assertThatThrownBy(() -> ExportRequest.parse("png", "chart", "0", "light"))
                .isInstanceOf(InvalidExportException.class).hasMessageContaining("1 to 4");
        assertThatThrownBy(() -> ExportRequest.parse("png", "chart", "5", "light"))
                .isInstanceOf(InvalidExportException.class).hasMessageContaining("1 to 4");
        assertThatThrownBy(() -> ExportRequest.parse("png", "chart", "99999999999", "light"))
                .isInstanceOf(InvalidExportException.class).hasMessageContaining("1 to 4");
        assertThatThrownBy(() -> ExportRequest.parse("png", "chart", "2.5", "light"))
                .isInstanceOf(InvalidExportException.class);
    }

    @Test
    void refusesUnknownFormatsSizesAndColoursNamingTheKnownOnes() {
        assertThatThrownBy(() -> ExportRequest.parse("gif", null, null, null))
                .hasMessageContaining("Unknown format 'gif'").hasMessageContaining("png, svg, csv");
        assertThatThrownBy(() -> ExportRequest.parse(null, "40000x40000", null, null))
                .hasMessageContaining("Unknown size").hasMessageContaining("16x9");
        assertThatThrownBy(() -> ExportRequest.parse(null, null, null, "<script>"))
                .hasMessageContaining("Unknown colours '?script?'");
    }

    @Test
    void theReasonIsToldInEachLanguageWithWhatWasTypedInWesternDigits() {
        InvalidExportException scale = catchThrowableOfType(() -> ExportRequest.parse(null, null, "9", null),
                InvalidExportException.class);
        InvalidExportException colours = catchThrowableOfType(() -> ExportRequest.parse(null, null, null, "<b>pink"),
                InvalidExportException.class);

        assertThat(scale.message(Language.EN.locale())).isEqualTo(scale.getMessage()).contains("1 to 4").contains("9");
        assertThat(scale.message(Language.AR.locale())).containsPattern("\\p{IsArabic}").contains("1").contains("4")
                .contains("9").doesNotContainPattern("[\u0660-\u0669]");
        assertThat(scale.message(Language.ZH.locale())).containsPattern("\\p{IsHan}").contains("9");
        assertThat(scale.message(Language.RU.locale())).containsPattern("\\p{IsCyrillic}").contains("9");
        for (Language language : Language.values()) {
            // what was typed is echoed shortened and inert, in every language
            assertThat(colours.message(language.locale())).contains("?b?pink").doesNotContain("<b>");
        }
    }

    @Test
    void defaultsArePlainChartAtOneTimesLight() {
        ExportRequest request = ExportRequest.parse(null, null, null, null);
        assertThat(request).isEqualTo(ExportRequest.of(ExportFormat.PNG, SlidePreset.CHART, 1, ExportTheme.LIGHT));
    }
}

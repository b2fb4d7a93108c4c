package org.ccfacts.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.catalog.ChartRow;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetService;
import org.junit.jupiter.api.Test;

class ExportCaptionsTest {

    private final DatasetService datasetService = TestData.datasetService();
    private final ExportCaptions captions = new ExportCaptions(datasetService, TestData.CLOCK);

    private static ChartRow row(String label, String qualifier, String note) {
        return new ChartRow("s", label, BigDecimal.ONE, qualifier, "USD bn", "o", "P, 2024", Optional.ofNullable(note));
    }

    @Test
    void everyChartsCaptionCitesEverySourceItDrawsAndLinksToItsPage() {
        Dataset dataset = datasetService.current();
        for (ChartDefinition chart : new ChartCatalog().all()) {
            ExportCaption caption = captions.caption(chart, Locale.ENGLISH, "http://localhost:8084/");

            assertThat(caption.title()).isEqualTo(chart.title(Locale.ENGLISH));
            assertThat(caption.permalink()).isEqualTo("http://localhost:8084/chart/" + chart.id());
            assertThat(caption.fileBase()).isEqualTo(chart.id() + "_en_2026-11-27");
            assertThat(caption.exportedOn()).isEqualTo("Exported 2026-11-27");
            chart.rows(dataset, Locale.ENGLISH).forEach(r -> assertThat(caption.source()).contains(r.source()));
            boolean approximate = chart.rows(dataset, Locale.ENGLISH).stream().anyMatch(r -> r.qualifier().equals("approximate"));
            assertThat(caption.notes().stream().anyMatch(n -> n.startsWith("“≈”"))).isEqualTo(approximate);
        }
    }

    @Test
    void notesExplainLowerBoundsApproximationsAndScheduledEventsWithTheirLabels() {
        List<String> notes = MeaningNotes.of(List.of(row("2024", "lower-bound", null), row("2013", "approximate", null),
                row("2025", "exact", "Partial year: January–September."), row("2026", "scheduled", null),
                row("1992", "exact", "The year diplomatic ties began.")));

        assertThat(notes).containsExactly(
                "“>” marks a lower bound: the source says “more than”, the true value is at least this (2024).",
                "“≈” marks an approximate value: a conversion or estimate as published (2013).",
                "Scheduled, not yet held (2026).",
                "2025: Partial year: January–September.");
    }

    @Test
    void exactFiguresNeedNoNote() {
        assertThat(MeaningNotes.of(List.of(row("2023", "exact", null)))).isEmpty();
    }

    @Test
    void oneSourceIsSourceSeveralAreSources() {
        assertThat(ExportCaptions.sourceLine(List.of(row("a", "exact", null)))).isEqualTo("Source: P, 2024");
        ChartRow other = new ChartRow("s", "b", BigDecimal.ONE, "exact", "", "o", "Q, 2025", Optional.empty());
        assertThat(ExportCaptions.sourceLine(List.of(row("a", "exact", null), other))).isEqualTo("Sources: P, 2024; Q, 2025");
    }
}

package org.ccfacts.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.catalog.ChartRow;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetProperties;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.dataset.TestFolders;
import org.ccfacts.i18n.BidiText;
import org.ccfacts.i18n.BundleTranslations;
import org.ccfacts.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCaptionsTest {

    private final DatasetService datasetService = TestData.datasetService();
    private final ExportCaptions captions = new ExportCaptions(datasetService, TestData.CLOCK);

    private static ChartRow row(String label, String qualifier, String note) {
        return new ChartRow("s", label, BigDecimal.ONE, qualifier, "USD bn", "o", List.of("P, 2024"), Optional.ofNullable(note));
    }

    @Test
    void everyChartsCaptionCitesEverySourceItDrawsAndLinksToItsPage() {
        Dataset dataset = datasetService.current();
        for (ChartDefinition chart : new ChartCatalog().all()) {
            ExportCaption caption = captions.caption(chart, Locale.ENGLISH, "http://localhost:8084/");

            assertThat(caption.title()).isEqualTo(chart.title(Locale.ENGLISH));
            assertThat(caption.permalink()).isEqualTo("http://localhost:8084/chart/" + chart.id());
            assertThat(caption.fileBase()).isEqualTo(chart.id() + "_en_2026-11-27");
            assertThat(caption.exportedOn()).isEqualTo(BundleTranslations.get(Locale.ENGLISH, "export.exported-on",
                    ExportCaptions.date(LocalDate.of(2026, 11, 27), Locale.ENGLISH)));
            chart.rows(dataset, Locale.ENGLISH).forEach(r -> assertThat(caption.source()).contains(r.sources()));
            boolean approximate = chart.rows(dataset, Locale.ENGLISH).stream().anyMatch(r -> r.qualifier().equals("approximate"));
            String approximateNote = BundleTranslations.get(Locale.ENGLISH, "export.note.approximate", "");
            String approximateNoteStart = approximateNote.substring(0, approximateNote.indexOf('('));
            assertThat(caption.notes().stream().anyMatch(n -> n.startsWith(approximateNoteStart))).isEqualTo(approximate);
        }
    }

    @Test
    void notesExplainLowerBoundsApproximationsAndScheduledEventsWithTheirLabels() {
        List<ChartRow> rows = List.of(row("2024", "lower-bound", null), row("2013", "approximate", null),
                row("2025", "exact", "Partial year: January–September."), row("2026", "scheduled", null),
                row("1992", "exact", "The year diplomatic ties began."));
        for (Language language : Language.values()) {
            Locale locale = language.locale();

            assertThat(MeaningNotes.of(rows, locale)).as(language.code()).containsExactly(
                    BundleTranslations.get(locale, "export.note.lower-bound", "2024"),
                    BundleTranslations.get(locale, "export.note.approximate", "2013"),
                    BundleTranslations.get(locale, "export.note.scheduled", "2026"),
                    BundleTranslations.get(locale, "export.note.row", BidiText.isolate("2025"),
                            BidiText.isolate("Partial year: January–September.")));
        }
    }

    @Test
    void aNoteTranslatedIntoTheReadersLanguageStillCountsAsChangingTheMeaning() {
        Locale arabic = Language.AR.locale();
        String partialYear = "سنة جزئية: يناير–سبتمبر.";
        List<String> notes = MeaningNotes.of(List.of(row("2025", "exact", partialYear),
                row("2024", "exact", "بداية العلاقات")), arabic);

        assertThat(notes).containsExactly(BundleTranslations.get(arabic, "export.note.row", BidiText.isolate("2025"), BidiText.isolate(partialYear)));
    }

    @Test
    void everyBundledNoteHasTheSameFooterPlaceInEveryLanguage() {
        Dataset data = TestData.datasetService().current();
        var noted = data.observations().stream().filter(o -> o.note().isPresent()).toList();
        assertThat(noted).as("observations with a note in data/").isNotEmpty();
        assertThat(noted).as("some notes change a figure's meaning").anyMatch(o -> MeaningNotes.changesMeaning(o.note().get().in("en")));
        for (var observation : noted) {
            boolean inEnglish = MeaningNotes.changesMeaning(observation.note().get().in("en"));
            for (Language language : Language.values()) {
                String note = observation.note().get().in(language.code());
                assertThat(MeaningNotes.changesMeaning(note)).as("%s in %s: «%s»", observation.id(), language.code(), note)
                        .isEqualTo(inEnglish);
            }
        }
    }

    @Test
    void labelsOfOneNoteAreListedWithTheLanguagesSeparator() {
        Locale chinese = Language.ZH.locale();
        List<String> notes = MeaningNotes.of(List.of(row("2023", "lower-bound", null), row("2024", "lower-bound", null)), chinese);

        assertThat(notes).containsExactly(BundleTranslations.get(chinese, "export.note.lower-bound",
                "2023" + BundleTranslations.get(chinese, "export.list.separator") + "2024"));
    }

    @Test
    void exactFiguresNeedNoNote() {
        assertThat(MeaningNotes.of(List.of(row("2023", "exact", null)), Locale.ENGLISH)).isEmpty();
    }

    @Test
    void oneSourceIsSourceSeveralAreSources() {
        ChartRow other = new ChartRow("s", "b", BigDecimal.ONE, "exact", "", "o", List.of("Q, 2025"), Optional.empty());
        for (Language language : Language.values()) {
            Locale locale = language.locale();
            assertThat(ExportCaptions.sourceLine(List.of(row("a", "exact", null)), locale))
                    .isEqualTo(BundleTranslations.get(locale, "export.source.one", BidiText.isolate("P, 2024")));
            assertThat(ExportCaptions.sourceLine(List.of(row("a", "exact", null), other), locale))
                    .isEqualTo(BundleTranslations.get(locale, "export.source.many",
                            BidiText.isolate("P, 2024") + BundleTranslations.get(locale, "export.source.separator")
                                    + BidiText.isolate("Q, 2025")));
            assertThat(ExportCaptions.sourceLine(List.of(), locale)).isEqualTo(BundleTranslations.get(locale, "export.source.none"));
        }
        assertThat(BundleTranslations.get(Locale.ENGLISH, "export.source.separator")).as("the space survives the file").isEqualTo("; ");
    }

    @Test
    void aCaptionCitesTheVersionThePageDrewNotTheNewerOne(@TempDir Path copy) throws IOException {
        // the page drew `revised`; the service has since gone on to the real data/
        TestFolders.copyFiles(Path.of("data"), copy);
        Path sources = copy.resolve("sources.yaml");
        Files.writeString(sources, Files.readString(sources).replace("publisher: CGTN Arabic", "publisher: CGTN Arabic (revised)"));
        Dataset revised = new DatasetService(new DatasetProperties(copy), TestData.CLOCK).current();
        ChartDefinition investment = new ChartCatalog().byId("investment").orElseThrow();

        assertThat(captions.caption(investment, revised, Locale.ENGLISH, "https://facts.example.org/").source())
                .contains("CGTN Arabic (revised)");
        assertThat(captions.caption(investment, Locale.ENGLISH, "https://facts.example.org/").source())
                .doesNotContain("(revised)");
    }

    @Test
    void aSourceOfSeveralRowsIsCitedOnceEvenWhenARowHasSeveralSources() {
        // timeline events have several sources each, and most share one (CGTN Arabic)
        ChartRow first = new ChartRow("s", "a", null, "held", "", "e1", List.of("A, 2025", "B, 2024"), Optional.empty());
        ChartRow second = new ChartRow("s", "b", null, "held", "", "e2", List.of("B, 2024", "C, 2023"), Optional.empty());

        String separator = BundleTranslations.get(Locale.ENGLISH, "export.source.separator");
        assertThat(ExportCaptions.sourceLine(List.of(first, second), Locale.ENGLISH))
                .isEqualTo(BundleTranslations.get(Locale.ENGLISH, "export.source.many", BidiText.isolate("A, 2025") + separator
                        + BidiText.isolate("B, 2024") + separator + BidiText.isolate("C, 2023")));
    }

    @Test
    void theTimelineCitesEachOfItsSourcesOnce() {
        ChartDefinition timeline = new ChartCatalog().byId("summit-timeline").orElseThrow();
        List<ChartRow> rows = timeline.rows(datasetService.current(), Locale.ENGLISH);
        List<String> cited = ChartRow.citations(rows);
        String line = captions.caption(timeline, Locale.ENGLISH, "https://facts.example.org/").source();

        assertThat(rows.stream().mapToInt(r -> r.sources().size()).sum()).as("sources shared by events").isGreaterThan(cited.size());
        for (String citation : cited) {
            assertThat(line.split(java.util.regex.Pattern.quote(BidiText.isolate(citation)), -1)).as(citation).hasSize(2);
        }
    }

    @Test
    void anArabicCaptionSaysSourceInArabicAndDatesTheExportInArabicWithWesternDigits() {
        Locale arabic = Language.AR.locale();
        LocalDate day = LocalDate.now(TestData.CLOCK);
        for (ChartDefinition chart : new ChartCatalog().all()) {
            ExportCaption caption = captions.caption(chart, arabic, "https://facts.example.org/");

            assertThat(caption.direction()).isEqualTo("rtl");
            // the glossary's word: المصدر (one source) / المصادر (several)
            assertThat(caption.source()).as(chart.id()).containsAnyOf("المصدر", "المصادر").doesNotContain("Source");
            assertThat(caption.exportedOn()).as(chart.id())
                    .contains(DateTimeFormatter.ofPattern("MMMM", arabic).format(day)) // the month's Arabic name
                    .contains(String.valueOf(day.getYear()), String.valueOf(day.getDayOfMonth()))
                    .containsPattern("\\p{InArabic}{3,}")
                    .doesNotContainPattern("[\\u0660-\\u0669\\u06F0-\\u06F9]") // Arabic-Indic digits
                    .doesNotContain("Exported");
            assertThat(caption.fileBase()).isEqualTo(chart.id() + "_ar_" + day);
        }
    }
}

package org.ccfacts.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The notes of the figures in data/ are translated, and a translation carries exactly the figures of
 * the English note: none lost, none added, none changed. Russian writes a decimal comma; Chinese counts
 * money in 亿, which shifts a figure by exactly one decimal place (FigureFormat), and writes months as
 * numbers ("1–5月"), which are not figures.
 */
class TranslatedNotesTest {

    private static final Dataset DATA = new DatasetReader(Clock.systemUTC()).read(Path.of("data"));
    private static final List<String> TRANSLATIONS = List.of("ar", "zh", "ru");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final Pattern CHINESE_MONTH = Pattern.compile("\\d+(?:[–-]\\d+)?月");

    static Stream<Observation> notedObservations() {
        return DATA.observations().stream().filter(o -> o.note().isPresent());
    }

    @Test
    void theBundledDataHasNotesToCheck() {
        assertThat(notedObservations()).hasSizeGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notedObservations")
    void everyNoteIsTranslatedWithTheSameFigures(Observation observation) {
        LocalizedText note = observation.note().orElseThrow();
        Set<String> english = figures("en", note.in("en"));
        for (String language : TRANSLATIONS) {
            assertThat(note.hasTranslation(language)).as("%s: note in %s", observation.id(), language).isTrue();
            assertThat(figures(language, note.in(language)))
                    .as("%s: figures of the %s note «%s» against the English «%s»",
                            observation.id(), language, note.in(language), note.in("en"))
                    .containsExactlyInAnyOrderElementsOf(english);
        }
    }

    static Stream<Source> notedSources() {
        return DATA.sources().stream().filter(s -> s.note().isPresent());
    }

    /** Source notes are read on /about and in the source panel, in the reader's language, like figure notes. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("notedSources")
    void everySourceNoteIsTranslatedWithTheSameFiguresAndNamesNoRepositoryPath(Source source) {
        LocalizedText note = source.note().orElseThrow();
        Set<String> english = figures("en", note.in("en"));
        for (String language : TRANSLATIONS) {
            assertThat(note.hasTranslation(language)).as("%s: note in %s", source.id(), language).isTrue();
            assertThat(figures(language, note.in(language)))
                    .as("%s: figures of the %s note «%s» against the English «%s»",
                            source.id(), language, note.in(language), note.in("en"))
                    .containsExactlyInAnyOrderElementsOf(english);
        }
        assertThat(note.byLanguage().values()).as("%s: a note is for readers, not for editors of the repository", source.id())
                .noneMatch(text -> text.matches("(?s).*(docs/|data/|src/|\\.yaml|\\.md\\b|search tool).*"));
    }

    @Test
    void figuresAreReadByValueAsEachLanguageWritesThem() {
        assertThat(figures("ru", "Рост на 10,4 % к 2021 году; 14.0")).containsExactlyInAnyOrder("10.4", "2021", "14");
        assertThat(figures("zh", "非全年数据（1–5月）。同比增长10.4%")).containsExactly("10.4");
        assertThat(figures("zh", "由6741.5亿元换算；与948亿不同；2021年；140亿")).containsExactlyInAnyOrder(
                "674.15", "94.8", "2021", "14");
        assertThat(figures("zh", "与94.8亿不同")).containsExactly("9.48");
    }

    /**
     * The numbers of a text by value, written plainly ("14.0" and "14" are both "14"), each once; in
     * Chinese a number before 亿 is read in billions, and months are not figures.
     */
    private static Set<String> figures(String language, String text) {
        boolean chinese = language.equals("zh");
        String figuresOnly = chinese ? CHINESE_MONTH.matcher(text).replaceAll("月") : text;
        Set<String> figures = new TreeSet<>();
        Matcher matcher = NUMBER.matcher(figuresOnly);
        while (matcher.find()) {
            BigDecimal value = new BigDecimal(matcher.group().replace(',', '.'));
            boolean yi = chinese && figuresOnly.startsWith("亿", matcher.end());
            figures.add((yi ? value.movePointLeft(1) : value).stripTrailingZeros().toPlainString());
        }
        return figures;
    }
}

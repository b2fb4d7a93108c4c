package org.ccfacts.dashboard;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.ccfacts.a11y.ChartSummary;
import org.ccfacts.catalog.ChartCatalog;
import org.ccfacts.catalog.ChartDefinition;
import org.ccfacts.catalog.PollsChart;
import org.ccfacts.catalog.SummitTimelineChart;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetReader;
import org.ccfacts.dataset.Event;
import org.ccfacts.dataset.NamedList;
import org.ccfacts.dataset.Poll;
import org.ccfacts.hostile.HostileDataset;
import org.ccfacts.hostile.HostilePayloads;
import org.ccfacts.i18n.BundleTranslations;
import org.ccfacts.i18n.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The text blocks built from the hostile dataset (a payload in every text field) hold exactly the elements,
 * attributes and classes the dashboard writes, and every payload as text: parsed back, nothing else appears.
 */
class StaticMarkupTest {

    private static final Set<String> TAGS = Set.of("ol", "ul", "li", "span", "p", "h3", "div", "button", "a");
    private static final Set<String> ATTRIBUTES = Set.of("id", "class", "theme", "type", "data-plays", "aria-controls",
            "href");
    private static final Set<String> CLASSES = Set.of("cc-event-held", "cc-event-scheduled", "cc-event-date",
            "cc-event-status", "cc-event-title", "cc-cite", "cc-list-title", "cc-partial", "cc-partial-title",
            "cc-partial-value", "cc-subtitle", "cc-visually-hidden", "cc-chart-summary", "cc-notes", "cc-note",
            "cc-events", "cc-button", "cc-button-tertiary", "cc-play", "cc-open");
    private static final Set<String> THEMES = Set.of("badge", "badge contrast");
    private static final Pattern IDS = Pattern.compile("(event|list|partial|not-exact|country-missing|country-also|partner|why|missing)-[a-z0-9-]+"
            + "|trade-yuan|country-gaps|exports-imports-gaps"
            // a card's foot: its description, play button and link, and the notes it holds (ids as on the notes' blocks)
            + "|(summary|play)-chart-[a-z0-9-]+|open-[a-z0-9-]+|event-list|poll-questions|national-[a-z0-9-]+"
            + "|trade-(volume-note|not-exact|gaps|partial|yuan)|country-years-notes|partner-(figures|why)|exports-imports-notes");

    @TempDir
    static Path temp;

    private static Dataset hostile;

    @BeforeAll
    static void readHostileDataset() {
        hostile = new DatasetReader(Clock.systemUTC()).read(HostileDataset.write(Path.of("data"), temp));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void hostileTextBecomesTextNeverMarkup(Language language) {
        Blocks blocks = Blocks.of(hostile, language);
        StringBuilder shown = new StringBuilder();
        for (StaticMarkup.Block block : all(blocks)) {
            assertThat(block.tag()).isIn("ol", "ul", "div", "p");
            assertThat(block.className()).isIn("", "cc-events", "cc-card", "cc-note", "cc-card-head", "cc-card-foot");
            // the trade charts' notes (issue 14): what each figure is, gaps, part-years, yuan, both sides' statistics
            assertThat(block.id()).matches("|event-list|poll-questions|context-[a-z-]+|national-[a-z0-9-]+"
                    + "|trade-(volume-note|not-exact|gaps|partial|yuan)|country-years-notes|partner-(figures|why)|exports-imports-notes");
            Element content = Jsoup.parseBodyFragment(block.innerHtml()).body();
            for (Element element : content.getAllElements().subList(1, content.getAllElements().size())) {
                String where = block.id() + " " + element.cssSelector();
                assertThat(element.tagName()).as("element in %s", where).isIn(TAGS);
                assertThat(element.attributes().asList()).extracting(Attribute::getKey).as("attributes in %s", where)
                        .allMatch(ATTRIBUTES::contains);
                assertThat(element.classNames()).as("classes in %s", where).allMatch(CLASSES::contains);
                if (element.hasAttr("id")) {
                    assertThat(element.id()).as("id in %s", where).matches(IDS);
                }
                if (element.hasAttr("theme")) {
                    assertThat(element.attr("theme")).isIn(THEMES);
                }
            }
            shown.append(content.wholeText()).append('\n');
        }
        String text = normalise(shown.toString());
        List<Integer> markers = IntStream.range(0, HostilePayloads.ALL.size())
                .filter(i -> text.contains(HostilePayloads.marker(i))).boxed().toList();
        assertThat(markers).as("payloads shown in the blocks").hasSizeGreaterThan(HostilePayloads.ALL.size() / 2);
        for (int i : markers) {
            assertThat(text).as("payload %d, as text", i).contains(normalise(HostilePayloads.value(i).strip()));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyEventPollAndListItemIsShownWithItsOwnText(Language language) {
        Blocks blocks = Blocks.of(hostile, language);
        String code = language.code();
        Element events = Jsoup.parseBodyFragment(blocks.events().innerHtml()).body();
        assertThat(events.children()).hasSameSizeAs(hostile.timeline());
        for (Event e : hostile.timeline()) {
            Element item = events.getElementById("event-" + e.id());
            assertThat(item).isNotNull();
            assertThat(normalise(item.selectFirst(".cc-event-title").wholeText())).isEqualTo(normalise(e.title().in(code)));
            e.place().ifPresent(place -> assertThat(normalise(item.wholeText())).contains(normalise(place.in(code))));
            e.note().ifPresent(note -> assertThat(normalise(item.wholeText())).contains(normalise(note.in(code))));
        }
        List<String> questions = Jsoup.parseBodyFragment(blocks.pollQuestions().innerHtml()).body().children().stream()
                .map(item -> normalise(item.wholeText())).toList();
        assertThat(questions).hasSameSizeAs(hostile.polls());
        for (int i = 0; i < questions.size(); i++) {
            Poll p = hostile.polls().get(i);
            assertThat(questions.get(i)).contains(normalise(p.question().in(code))).contains(normalise(p.pollster()));
        }
        List<Element> cards = blocks.contextCards().stream()
                .map(card -> Jsoup.parseBodyFragment(card.innerHtml()).body()).toList();
        for (String id : List.of("countries", "priority-areas", "cooperation-centres", "cooperation-platforms")) {
            NamedList list = hostile.list(id).orElseThrow();
            Element shown = cards.stream().map(card -> card.getElementById("list-" + id)).filter(java.util.Objects::nonNull)
                    .findFirst().orElseThrow();
            assertThat(shown.children().stream().map(item -> normalise(item.wholeText()))).containsExactlyElementsOf(
                    list.items().stream().map(item -> normalise(item.label().in(code))).toList());
        }
    }

    @Test
    void aSingleTextOrFigureIsTextWhateverItHolds() {
        for (int i = 0; i < HostilePayloads.ALL.size(); i++) {
            String payload = HostilePayloads.value(i);
            Element title = Jsoup.parseBodyFragment(StaticMarkup.text("h3", "", payload).innerHtml()).body();
            assertThat(title.children()).as("payload %d", i).isEmpty();
            assertThat(normalise(title.wholeText())).isEqualTo(normalise(payload));

            Element figure = Jsoup.parseBodyFragment(StaticMarkup.figure(payload, payload).innerHtml()).body();
            assertThat(figure.children()).as("payload %d", i).hasSize(2).allSatisfy(span -> {
                assertThat(span.tagName()).isEqualTo("span");
                assertThat(span.children()).isEmpty();
                assertThat(normalise(span.wholeText())).isEqualTo(normalise(payload));
            });
            assertThat(figure.child(1).attributes().asList()).extracting(Attribute::getKey)
                    .containsExactlyInAnyOrder("class", "theme");
        }
    }

    @Test
    void aCardsHeadAndFootKeepTheirElementsAndHoldEveryTextAsText() {
        for (int i = 0; i < HostilePayloads.ALL.size(); i++) {
            String payload = HostilePayloads.value(i);
            Element head = Jsoup.parseBodyFragment(StaticMarkup.cardHead(payload, payload).innerHtml()).body();
            assertThat(head.children()).extracting(Element::cssSelector).as("payload %d", i).hasSize(2);
            assertThat(head.children()).allSatisfy(part -> assertThat(normalise(part.wholeText())).isEqualTo(normalise(payload)));

            Element foot = Jsoup.parseBodyFragment(StaticMarkup.cardFoot(new StaticMarkup.Foot("chart-x", payload,
                    List.of(), payload, payload, payload, "chart/x", "open-x")).innerHtml()).body();
            assertThat(foot.children()).as("payload %d", i).extracting(Element::tagName).containsExactly("p", "div", "p", "button", "a");
            assertThat(foot.getElementById("summary-chart-x").classNames()).contains("cc-visually-hidden");
            Element play = foot.getElementById("play-chart-x");
            assertThat(play.attr("data-plays")).isEqualTo("chart-x");
            assertThat(play.attr("type")).isEqualTo("button");
            assertThat(foot.getElementById("open-x").attr("href")).isEqualTo("chart/x");
            for (Element part : List.of(foot.child(0), foot.child(2), play, foot.getElementById("open-x"))) {
                assertThat(part.children()).as("payload %d in %s", i, part.cssSelector()).isEmpty();
                assertThat(normalise(part.wholeText())).isEqualTo(normalise(payload));
            }
        }
    }

    @Test
    void theMarkupHasNoWhiteSpaceBetweenElements() {
        // pretty printing would add a space between the date, the status and the title of an event
        Blocks blocks = Blocks.of(hostile, Language.EN);
        assertThat(blocks.events().innerHtml()).startsWith("<li id=\"event-").doesNotContain(">\n<").doesNotContain("> <");
    }

    /** The dashboard's text blocks: every chart's notes, by chart id, as DashboardContent builds them, and the context cards. */
    private record Blocks(Map<String, List<StaticMarkup.Block>> notes, List<StaticMarkup.Block> contextCards,
                          List<StaticMarkup.Block> cardParts) {

        static Blocks of(Dataset dataset, Language language) {
            Map<String, List<StaticMarkup.Block>> notes = new LinkedHashMap<>();
            for (ChartDefinition chart : new ChartCatalog().all()) {
                notes.put(chart.id(), chart.notes(dataset, language.locale()).stream().map(StaticMarkup::note).toList());
            }
            BundleTranslations translations = new BundleTranslations();
            // each card's head and foot (title, subtitle; description, notes, sources, play, link) as the dashboard shows them
            List<StaticMarkup.Block> parts = new ArrayList<>();
            new DashboardContent(new ChartCatalog(), new ChartSummary(translations), translations).of(dataset, language.locale())
                    .charts().values().forEach(chart -> parts.addAll(List.of(chart.parts().head(), chart.parts().foot())));
            return new Blocks(notes, StaticMarkup.contextCards(dataset, language, translations), parts);
        }

        StaticMarkup.Block events() {
            return notes.get(SummitTimelineChart.ID).get(0);
        }

        StaticMarkup.Block pollQuestions() {
            return notes.get(PollsChart.ID).get(0);
        }
    }

    private static List<StaticMarkup.Block> all(Blocks blocks) {
        List<StaticMarkup.Block> all = new ArrayList<>();
        blocks.notes().values().forEach(all::addAll);
        assertThat(all).as("notes of the trade chart, the countries, the polls and the timeline").hasSizeGreaterThanOrEqualTo(4);
        all.addAll(blocks.contextCards());
        all.addAll(blocks.cardParts());
        assertThat(new HashSet<>(all)).hasSameSizeAs(all);
        return all;
    }

    /**
     * As a browser shows text: a NUL as U+FFFD, runs of white space as one space (jsoup's own text() would
     * also drop zero-width spaces, which a browser keeps).
     */
    private static String normalise(String text) {
        return text.replace('\u0000', '\uFFFD').replaceAll("\\s+", " ").strip();
    }
}

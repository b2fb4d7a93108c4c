package org.ccfacts.about;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ccfacts.frame.MainLayout;
import org.ccfacts.i18n.BidiText;
import org.ccfacts.i18n.Language;
import org.ccfacts.i18n.ViewLocale;
import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetError;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.dataset.DatasetStatus;
import org.ccfacts.dataset.Measure;
import org.ccfacts.dataset.Observation;
import org.ccfacts.dataset.Poll;
import org.ccfacts.dataset.Source;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * About the data: every source with the sentences quoted from it, every measure's definition, the
 * dataset version and load time, the last rejected update, and the machine-readable API.
 */
@Route(value = "about", layout = MainLayout.class)
public class AboutView extends Div implements HasDynamicTitle {

    private final Dataset dataset;
    private final String language;

    public AboutView(DatasetService datasetService) {
        this.dataset = datasetService.current();
        Locale locale = ViewLocale.current();
        this.language = locale.getLanguage();
        addClassName("cc-about");
        DatasetStatus status = datasetService.status();

        H2 title = new H2(getTranslation("about.title"));
        Paragraph intro = new Paragraph(getTranslation("about.intro"));
        // dates and times keep their own order inside Arabic text (isolated, as citations are)
        Paragraph version = new Paragraph(getTranslation("about.version", status.version(),
                BidiText.isolate(MainLayout.LOAD_TIME.format(status.loadedAt()))));
        version.setId("about-version");
        add(title, intro, version, rejected(status), api(), sources(), measures());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("about.title") + " — " + getTranslation("app.title");
    }

    private Div rejected(DatasetStatus status) {
        Div box = new Div();
        box.setId("about-rejected");
        box.addClassName("cc-card");
        status.lastRejected().ifPresentOrElse(rejection -> {
            box.add(new Paragraph(getTranslation("about.rejected", BidiText.isolate(MainLayout.LOAD_TIME.format(rejection.at())))));
            UnorderedList problems = new UnorderedList();
            for (DatasetError error : rejection.errors()) {
                problems.add(new ListItem(error.toString()));
            }
            box.add(problems);
        }, () -> box.add(new Paragraph(getTranslation("about.rejected.none"))));
        return box;
    }

    private Section api() {
        UnorderedList links = new UnorderedList();
        links.setId("about-api");
        links.add(new ListItem(apiLink("api/dataset", getTranslation("about.api.dataset"))));
        links.add(new ListItem(apiLink("api/dataset/status", getTranslation("about.api.status"))));
        return new Section(new H3(getTranslation("about.api")), links);
    }

    /** A link to a REST endpoint: outside Vaadin's router, so the browser loads it. */
    private static Anchor apiLink(String href, String text) {
        Anchor link = new Anchor(href, text);
        link.setRouterIgnore(true);
        return link;
    }

    /**
     * Every source as a reader checks it: its title linked to the page, publisher, date, language, the
     * statistics it quotes, our note in the reader's language, and the sentences the dataset quotes from
     * it. A source that backs no figure says what it is cited for instead.
     */
    private Section sources() {
        Div list = new Div();
        list.setId("about-sources");
        for (Source source : dataset.sources()) {
            Div card = new Div();
            card.setId("about-source-" + source.id());
            card.addClassName("cc-card");
            card.addClassName("cc-about-source");
            card.add(heading(source));
            List<String> facts = new ArrayList<>();
            facts.add(getTranslation("source.publisher") + ": " + source.publisher());
            facts.add(getTranslation("source.date") + ": "
                    + source.date().map(d -> BidiText.isolate(d.toString())).orElseGet(() -> getTranslation("source.unknown")));
            facts.add(getTranslation("header.language") + ": " + source.language().map(this::languageName)
                    .orElseGet(() -> getTranslation("source.unknown")));
            source.dataFrom().ifPresent(d -> facts.add(getTranslation("source.data-from") + ": " + d));
            facts.forEach(f -> card.add(new Paragraph(f)));
            source.note().ifPresent(n -> {
                Paragraph note = new Paragraph(getTranslation("source.publication-note") + ": " + n.in(language));
                note.addClassName("cc-cite");
                card.add(note);
            });
            if (!quotes(source, card)) {
                citedFor(source, card);
            }
            list.add(card);
        }
        return new Section(new H3(getTranslation("about.sources")), list);
    }

    /** The title, linked to the page where the figures stand; a missing title says so. */
    private H3 heading(Source source) {
        String title = source.title().orElseGet(() -> getTranslation("about.source.no-title"));
        H3 heading = new H3();
        heading.addClassName("cc-about-source-title");
        source.url().ifPresentOrElse(url -> {
            Anchor link = new Anchor(url, title, AnchorTarget.BLANK);
            link.setRouterIgnore(true);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            heading.add(link);
        }, () -> heading.setText(title));
        return heading;
    }

    /** The publication's language named in the reader's language ("ar" reads "Arabic", "阿拉伯文", …). */
    private String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.forLanguageTag(language));
        return name.isBlank() || name.equals(code) ? code : name;
    }

    /**
     * The sentences the dataset quotes from this source, in the source's language and direction.
     *
     * @return whether there was any
     */
    private boolean quotes(Source source, Div card) {
        List<String[]> quoted = new ArrayList<>();
        for (Observation o : dataset.observations()) {
            if (o.source().equals(source.id())) {
                o.quote().ifPresent(q -> quoted.add(new String[] {o.id(), q}));
            }
        }
        for (Poll p : dataset.polls()) {
            if (p.source().equals(source.id())) {
                p.quote().ifPresent(q -> quoted.add(new String[] {p.id(), q}));
            }
        }
        // the same sentence often states two figures: show it once, with every figure it is quoted for
        List<String> seen = new ArrayList<>();
        for (String[] entry : quoted) {
            if (seen.contains(entry[1])) {
                continue;
            }
            seen.add(entry[1]);
            List<String> ids = quoted.stream().filter(e -> e[1].equals(entry[1])).map(e -> e[0]).toList();
            Paragraph sentence = new Paragraph(entry[1]);
            sentence.addClassName("cc-quote");
            String quoteLanguage = source.language().orElse("ar");
            sentence.getElement().setAttribute("lang", quoteLanguage);
            sentence.getElement().setAttribute("dir", Language.directionOf(quoteLanguage));
            Span forWhat = new Span(getTranslation("about.source.quotes", String.join(", ", ids)));
            forWhat.addClassName("cc-cite");
            card.add(sentence, forWhat);
        }
        return !quoted.isEmpty();
    }

    /** What a source that backs no figure is cited for: timeline steps and lists, in the reader's language. */
    private void citedFor(Source source, Div card) {
        List<String> events = dataset.timeline().stream().filter(e -> e.sources().contains(source.id()))
                .map(e -> e.title().in(language)).toList();
        if (!events.isEmpty()) {
            Paragraph cited = new Paragraph(getTranslation("about.source.events", String.join("; ", events)));
            cited.addClassName("cc-cite");
            card.add(cited);
        }
        List<String> lists = dataset.lists().stream().filter(l -> l.source().equals(source.id()))
                .map(l -> l.title().in(language)).toList();
        if (!lists.isEmpty()) {
            Paragraph cited = new Paragraph(getTranslation("about.source.lists", String.join("; ", lists)));
            cited.addClassName("cc-cite");
            card.add(cited);
        }
    }

    private Section measures() {
        Div list = new Div();
        list.setId("about-measures");
        for (Measure m : dataset.measures()) {
            Div card = new Div();
            card.setId("about-measure-" + m.id());
            card.addClassName("cc-card");
            card.add(new H3(m.name().in(language)));
            card.add(new Paragraph(m.definition().in(language)));
            Paragraph unit = new Paragraph(getTranslation(m.unit() == Measure.Unit.MONEY ? "about.unit.money" : "about.unit.percent"));
            unit.addClassName("cc-cite");
            card.add(unit, new Paragraph(apiLink("api/measures/" + m.id() + ".csv", getTranslation("about.api.measure", m.id()))));
            list.add(card);
        }
        return new Section(new H3(getTranslation("about.measures")), list);
    }
}

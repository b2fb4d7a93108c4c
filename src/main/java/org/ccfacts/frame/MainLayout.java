package org.ccfacts.frame;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetStatus;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.history.DatasetHistory;
import org.ccfacts.i18n.BidiText;
import org.ccfacts.i18n.LanguageSwitch;
import org.ccfacts.live.NewFiguresNotice;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouterLayout;

/**
 * The frame of every page: the title, which dataset version is shown and since when, links to the
 * About page and presentation mode, the language and the theme switch.
 *
 * <p>It links to the pages by their addresses, not their classes: the pages name this class as their
 * layout, so a link by class would make the frame and every page depend on each other (ArchitectureTest).
 * MainLayoutTest follows each link to its page.
 */
// The page's own fonts, bundled and served from localhost (no font is fetched from the internet): each
// file covers a unicode-range, so a browser only loads the Arabic or Cyrillic files when text needs them.
// Chinese has ~100 subsets per weight; page-fonts.ts loads their rules only for pages in Chinese.
@CssImport("@fontsource/noto-sans/400.css")
@CssImport("@fontsource/noto-sans/700.css")
@CssImport("@fontsource/noto-sans-arabic/400.css")
@CssImport("@fontsource/noto-sans-arabic/700.css")
@JsModule("./page-fonts.ts")
@JsModule("./page-keys.ts")
@CssImport("./page-accessibility.css")
public class MainLayout extends Div implements RouterLayout, BeforeEnterObserver {

    /** Load times are shown in UTC, the zone the data folder's readers and the API use. */
    public static final DateTimeFormatter LOAD_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    // the routes of DashboardView, AboutView, PresentView and WhatChangedView
    static final String HOME = "";
    static final String ABOUT = "about";
    static final String PRESENT = "present";
    static final String CHANGES = "changes";
    /** {@code ?version=1a2b3c4d5e6f}: the dashboard as it was in that version (DashboardView). */
    public static final String VERSION = "version";

    private final Main content = new Main();
    private final DatasetService datasetService;
    private final DatasetHistory history;
    private final Span version = new Span();
    private final Span asOf = new Span();
    private final Span loaded = new Span();

    public MainLayout(DatasetService datasetService, DatasetHistory history) {
        this.datasetService = datasetService;
        this.history = history;
        addClassName("cc-page");
        DatasetStatus status = datasetService.status();

        Anchor home = new Anchor(HOME, getTranslation("app.title"));
        home.setId("nav-home");
        H1 title = new H1(home);
        title.addClassName("cc-brand");

        version.setId("dataset-version");
        asOf.setId("data-as-of");
        loaded.setId("data-loaded-at");
        describe(datasetService.current(), status.loadedAt());
        Div meta = new Div(version, asOf, loaded);
        meta.addClassName("cc-meta");

        Anchor about = new Anchor(ABOUT, getTranslation("nav.about"));
        about.setId("nav-about");
        Anchor present = new Anchor(PRESENT, getTranslation("nav.present"));
        present.setId("nav-present");
        Nav tools = new Nav(about, present, new LanguageSwitch(), new ThemeToggle());
        tools.addClassName("cc-tools");

        Div brand = new Div(title, meta);
        brand.addClassName("cc-brand-block");
        Header header = new Header(brand, tools);
        header.addClassName("cc-header");

        Anchor changes = new Anchor(CHANGES, getTranslation("nav.changes"));
        changes.setId("nav-changes");
        tools.addComponentAsFirst(changes);

        content.addClassName("cc-content");
        // the first tab stop: past the header to the page's own content (WCAG 2.4.1); page-keys.ts moves the focus
        content.setId("cc-content");
        content.getElement().setAttribute("tabindex", "-1");
        Anchor skip = new Anchor("#cc-content", getTranslation("skip.content"));
        skip.setId("skip-to-content");
        skip.addClassName("cc-skip-link");
        skip.getElement().setAttribute("router-ignore", "");
        add(skip, header, new NewFiguresNotice(status.version()), content);
    }

    /**
     * The header describes the version the page shows: on the dashboard as it was ({@code ?version=}, see
     * DashboardView) that version, its newest figure and when it was loaded, not the current one's.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Dataset current = datasetService.current();
        Optional<Dataset> earlier = event.getLocation().getQueryParameters().getSingleParameter(VERSION)
                .filter(asked -> !asked.equals(current.version())).flatMap(history::version);
        earlier.ifPresentOrElse(shown -> describe(shown, shown.loadedAt()),
                () -> describe(current, datasetService.status().loadedAt()));
    }

    private void describe(Dataset shown, Instant loadedAt) {
        version.setText(getTranslation("header.version", shown.version()));
        // how current the data is: the publication date of its newest figure, not when the server read the files
        asOf.setText(shown.newestFigurePublished()
                .map(date -> getTranslation("header.as-of", BidiText.isolate(date.toString())))
                .orElseGet(() -> getTranslation("header.as-of.unknown")));
        // dates and times keep their own order inside Arabic text (isolated, as citations are)
        loaded.setText(getTranslation("header.loaded-at", BidiText.isolate(LOAD_TIME.format(loadedAt))));
    }

    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }
}

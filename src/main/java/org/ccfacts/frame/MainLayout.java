package org.ccfacts.frame;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.ccfacts.dataset.DatasetStatus;
import org.ccfacts.dataset.DatasetService;
import org.ccfacts.i18n.LanguageSwitch;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
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
public class MainLayout extends Div implements RouterLayout {

    /** Load times are shown in UTC, the zone the data folder's readers and the API use. */
    public static final DateTimeFormatter LOAD_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    // the routes of DashboardView, AboutView and PresentView
    static final String HOME = "";
    static final String ABOUT = "about";
    static final String PRESENT = "present";

    private final Main content = new Main();

    public MainLayout(DatasetService datasetService) {
        addClassName("cc-page");
        DatasetStatus status = datasetService.status();

        Anchor home = new Anchor(HOME, getTranslation("app.title"));
        home.setId("nav-home");
        H1 title = new H1(home);
        title.addClassName("cc-brand");

        Span version = new Span(getTranslation("header.version", status.version()));
        version.setId("dataset-version");
        Span asOf = new Span(getTranslation("header.as-of", LOAD_TIME.format(status.loadedAt())));
        asOf.setId("data-as-of");
        Div meta = new Div(version, asOf);
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

        content.addClassName("cc-content");
        // the first tab stop: past the header to the page's own content (WCAG 2.4.1); page-keys.ts moves the focus
        content.setId("cc-content");
        content.getElement().setAttribute("tabindex", "-1");
        Anchor skip = new Anchor("#cc-content", getTranslation("skip.content"));
        skip.setId("skip-to-content");
        skip.addClassName("cc-skip-link");
        skip.getElement().setAttribute("router-ignore", "");
        add(skip, header, content);
    }

    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }
}

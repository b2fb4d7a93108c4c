package org.ccfacts.dashboard;

import org.ccfacts.dataset.Dataset;
import org.ccfacts.frame.MainLayout;
import org.ccfacts.i18n.BidiText;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * On the dashboard as it was ({@code ?version=}): which version and from when, that the page is read-only, and the
 * way back to the current figures. A citation of a past figure stays checkable this way.
 */
final class EarlierVersionBanner {

    private EarlierVersionBanner() {
    }

    static Div of(Dataset version) {
        Div banner = new Div();
        banner.setId("earlier-version");
        banner.addClassName("cc-version-banner");
        banner.getElement().setAttribute("role", "note");
        banner.add(new Paragraph(banner.getTranslation("version.banner", BidiText.isolate(MainLayout.LOAD_TIME.format(version.loadedAt())),
                version.version())));
        Anchor current = new Anchor("./", banner.getTranslation("version.current"));
        current.setId("earlier-version-current");
        banner.add(current);
        return banner;
    }
}

package org.ccfacts.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * The line that tells a reader newer figures are served ("New figures since 14:05 UTC — Show them"), and reloads
 * the page when asked; the figures on the page never change under the reader's eyes. The browser asks
 * {@code /api/dataset/status} itself ({@code src/main/frontend/new-figures.ts}): no script text is sent from the
 * server (strict CSP), no push connection or poll holds anything in the session, and the session holds only these
 * four attributes (docs/PERFORMANCE.md).
 */
@Tag("cc-new-figures")
@JsModule("./new-figures.ts")
public class NewFiguresNotice extends Component {

    /** @param version the dataset version the page shows */
    public NewFiguresNotice(String version) {
        setId("new-figures");
        getElement().setAttribute("version", version);
        getElement().setAttribute("src", "api/dataset/status");
        // {0} is left for the browser: the time the new version was accepted, which the page cannot know yet
        getElement().setAttribute("text", getTranslation("live.new", "{0}"));
        getElement().setAttribute("action", getTranslation("live.show"));
    }
}

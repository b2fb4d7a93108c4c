package org.ccfacts.html;

import org.ccfacts.security.ClientScript;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;

/**
 * A native modal {@code <dialog>}: the browser traps focus, closes it on Escape and returns focus to
 * the control that opened it. It is added to the UI when opened and removed when closed, so a page
 * carries no dialog content until someone asks for it.
 */
@Tag("dialog")
public class NativeDialog extends HtmlContainer {

    private static final ClientScript SHOW_MODAL = ClientScript.method("showModal", 0);
    private static final ClientScript CLOSE = ClientScript.method("close", 0);

    private final H2 title = new H2();
    private final NativeButton close = new NativeButton();
    private boolean opened;

    public NativeDialog(String title, String closeText) {
        addClassName("cc-dialog");
        this.title.setText(title);
        this.title.addClassName("cc-dialog-title");
        // the browser focuses the title on opening (not the close button at the end, which would
        // scroll a long dialog to its bottom); a screen reader starts reading there
        this.title.getElement().setAttribute("tabindex", "-1");
        this.title.getElement().setAttribute("autofocus", true);
        getElement().setAttribute("aria-label", title);
        close.setText(closeText);
        close.addClassNames("cc-button", "cc-dialog-close");
        close.addClickListener(click -> close());
        add(this.title);
        // Escape, the close button, or a form: the browser says "close" and the dialog leaves the page
        getElement().addEventListener("close", event -> detach());
    }

    public void open() {
        UI ui = UI.getCurrent();
        if (!opened && ui != null) {
            add(close); // always last: after the content, where a reader expects it
            ui.add(this);
            opened = true;
            SHOW_MODAL.run(getElement());
        }
    }

    /** Asks the browser to close it; its "close" event then takes the dialog off the page. */
    public void close() {
        if (opened) {
            opened = false;
            CLOSE.run(getElement());
        }
    }

    /** The close button, e.g. to give it an id. */
    protected NativeButton closeButton() {
        return close;
    }

    public boolean isOpened() {
        return opened;
    }

    private void detach() {
        opened = false;
        getElement().removeFromParent();
    }
}

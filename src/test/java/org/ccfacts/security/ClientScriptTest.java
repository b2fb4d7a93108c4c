package org.ccfacts.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.dom.Element;

/**
 * A script sent otherwise than declared would reach the browser as a text flow-scripts.js does not list (Flow
 * compiles a different function for another number of values, or when the result is read): refused on the server,
 * where a test notices, instead of in the browser.
 */
class ClientScriptTest {

    private final Element element = new Element("a");

    @Test
    void anotherNumberOfValuesIsRefused() {
        ClientScript click = ClientScript.onElement("this.click()", 0);

        assertThatThrownBy(() -> click.run(element, "extra")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScriptWhoseResultIsReadCannotBeSentWithoutReadingItNorTheOtherWayRound() {
        ClientScript isDark = ClientScript.onElementWithResult("return true;", 0);
        ClientScript click = ClientScript.onElement("this.click()", 0);

        assertThatThrownBy(() -> isDark.run(element)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> click.runThen(element, Boolean.class, dark -> { })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTextNamingMoreValuesThanDeclaredIsRefusedWhenWritten() {
        assertThatThrownBy(() -> ClientScript.onElement("this.title = $0 + $1", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientScript.method("focus()", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ClientScript.onPage("document.dir = $0", 1).parameters()).containsExactly("$0");
    }
}

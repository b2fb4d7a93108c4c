package org.ccfacts.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

class DisclosureTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void buildsItsContentOnceWhenFirstShownAndSaysWhetherItIsOpen() {
        AtomicInteger built = new AtomicInteger();
        Disclosure disclosure = new Disclosure("x", "Show", "Hide", () -> new Span("content " + built.incrementAndGet()));
        UI.getCurrent().add(disclosure);

        assertThat(disclosure.panel()).as("no panel in the page before it is asked for").isEmpty();
        assertThat(disclosure.isExpanded()).isFalse();
        assertThat(disclosure.toggle().getId()).hasValue("x-toggle");
        assertThat(disclosure.toggle().getElement().getAttribute("aria-controls")).isEqualTo("x");
        assertThat(disclosure.toggle().getElement().getAttribute("aria-expanded")).isEqualTo("false");

        BasicUtilsKt._fireDomEvent(disclosure.toggle(), "click");
        BasicUtilsKt._fireDomEvent(disclosure.toggle(), "click");
        BasicUtilsKt._fireDomEvent(disclosure.toggle(), "click");

        assertThat(built).hasValue(1);
        assertThat(disclosure.isExpanded()).isTrue();
        assertThat(disclosure.toggle().getText()).isEqualTo("Hide");
        assertThat(disclosure.toggle().getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(disclosure.panel().orElseThrow().getChildren()).hasSize(1);
        assertThat(disclosure.panel().orElseThrow().getId()).hasValue("x");
    }
}

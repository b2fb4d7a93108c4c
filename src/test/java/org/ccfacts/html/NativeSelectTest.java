package org.ccfacts.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;

class NativeSelectTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void writesEveryItemAsATextOptionAndMarksTheInitialOne() {
        NativeSelect<Integer> select = new NativeSelect<>(List.of(1, 2, 4), n -> n + "×", 2);

        assertThat(options(select)).extracting(Element::getText).containsExactly("1×", "2×", "4×");
        assertThat(options(select)).extracting(o -> o.getAttribute("value")).containsExactly("0", "1", "2");
        assertThat(options(select)).extracting(o -> o.hasAttribute("selected")).containsExactly(false, true, false);
        assertThat(select.getElement().getProperty("value")).isEqualTo("1");
        assertThat(select.getValue()).isEqualTo(2);
    }

    @Test
    void aChoiceInTheBrowserBecomesTheValueFromTheClient() {
        NativeSelect<Integer> select = new NativeSelect<>(List.of(1, 2, 4), String::valueOf, 1);
        UI.getCurrent().add(select);
        List<Boolean> fromClient = new ArrayList<>();
        select.addValueChangeListener(e -> fromClient.add(e.isFromClient()));

        choose(select, "2");

        assertThat(select.getValue()).isEqualTo(4);
        assertThat(fromClient).containsExactly(true);
        assertThat(options(select)).extracting(o -> o.hasAttribute("selected")).containsExactly(false, false, true);
    }

    @Test
    void aValueThatIsNoOptionIsIgnored() {
        NativeSelect<Integer> select = new NativeSelect<>(List.of(1, 2, 4), String::valueOf, 1);
        UI.getCurrent().add(select);

        choose(select, "7");
        choose(select, "<img src=x onerror=alert(1)>");

        assertThat(select.getValue()).isEqualTo(1);
    }

    @Test
    void newLabelsKeepTheChoice() {
        NativeSelect<Integer> select = new NativeSelect<>(List.of(1, 2, 4), String::valueOf, 4);

        select.setItemLabelGenerator(n -> n + " px");

        assertThat(options(select)).extracting(Element::getText).containsExactly("1 px", "2 px", "4 px");
        assertThat(options(select)).extracting(o -> o.hasAttribute("selected")).containsExactly(false, false, true);
        assertThat(select.getValue()).isEqualTo(4);
    }

    @Test
    void onlyItsItemsCanBeSet() {
        NativeSelect<Integer> select = new NativeSelect<>(List.of(1, 2, 4), String::valueOf, 1);

        assertThatThrownBy(() -> select.setValue(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NativeSelect<>(List.of(1, 2), String::valueOf, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** What Flow does when the browser sends the select's value with its "change" event. */
    private static void choose(NativeSelect<?> select, String value) {
        try {
            select.getElement().getNode().getFeature(ElementPropertyMap.class).deferredUpdateFromClient("value", value).run();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<Element> options(NativeSelect<?> select) {
        return select.getElement().getChildren().toList();
    }
}

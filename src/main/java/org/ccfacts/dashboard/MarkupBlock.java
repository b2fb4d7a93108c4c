package org.ccfacts.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/**
 * A {@link StaticMarkup.Block} on a page: one server-side element carrying the block's id and class, whose
 * content the browser builds from the block's markup ({@code innerHTML}).
 *
 * <p>Not {@code com.vaadin.flow.component.Html}: that parses the markup again for every instance and keeps
 * its own copy of the content per session, where this keeps a reference to the one shared String.
 */
final class MarkupBlock extends Component {

    private final StaticMarkup.Block block;

    MarkupBlock(StaticMarkup.Block block) {
        super(new Element(block.tag()));
        this.block = block;
        if (!block.id().isEmpty()) {
            setId(block.id());
        }
        if (!block.className().isEmpty()) {
            getElement().getClassList().addAll(java.util.List.of(block.className().split(" ")));
        }
        getElement().setProperty("innerHTML", block.innerHtml());
    }

    /** The content as markup, e.g. for a test to parse. */
    String innerHtml() {
        return block.innerHtml();
    }
}

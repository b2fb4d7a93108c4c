package org.ccfacts.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Text the dashboard shows under a chart — a part-year figure, the full poll questions, the events of a
 * timeline — as data: a small tree of plain elements, each with an optional id, class and Lumo theme, and
 * text. The dashboard writes it as markup; data only ever goes in as text (see
 * {@code dashboard.StaticMarkup}), and only the tags below can be asked for, so a note cannot carry a link,
 * a script or a style.
 *
 * @param tag       one of {@code div p span ol ul li}
 * @param id        the element's id, or empty
 * @param className one class, or empty
 * @param theme     a Lumo theme such as {@code badge}, or empty (not on a note's outer element: the dashboard
 *                  keeps that one on the server, with its id and class only)
 * @param text      the element's own text, before its children; empty for none
 * @param children  the elements inside, after its text
 */
public record ChartNote(String tag, String id, String className, String theme, String text, List<ChartNote> children) {

    private static final Set<String> TAGS = Set.of("div", "p", "span", "ol", "ul", "li");

    public ChartNote {
        if (!TAGS.contains(tag)) {
            throw new IllegalArgumentException("a chart note is made of " + TAGS + ", not <" + tag + ">");
        }
        id = Objects.requireNonNullElse(id, "");
        className = Objects.requireNonNullElse(className, "");
        theme = Objects.requireNonNullElse(theme, "");
        text = Objects.requireNonNullElse(text, "");
        children = List.copyOf(children);
    }

    /** An empty element. */
    public static ChartNote of(String tag) {
        return new ChartNote(tag, "", "", "", "", List.of());
    }

    /** An element holding only {@code text}. */
    public static ChartNote of(String tag, String text) {
        return of(tag).withText(text);
    }

    public ChartNote withId(String newId) {
        return new ChartNote(tag, newId, className, theme, text, children);
    }

    public ChartNote withClass(String newClassName) {
        return new ChartNote(tag, id, newClassName, theme, text, children);
    }

    public ChartNote withTheme(String newTheme) {
        return new ChartNote(tag, id, className, newTheme, text, children);
    }

    public ChartNote withText(String newText) {
        return new ChartNote(tag, id, className, theme, newText, children);
    }

    /** The same element with {@code more} appended to its children. */
    public ChartNote with(List<ChartNote> more) {
        List<ChartNote> all = new java.util.ArrayList<>(children);
        all.addAll(more);
        return new ChartNote(tag, id, className, theme, text, all);
    }

    public ChartNote with(ChartNote... more) {
        return with(List.of(more));
    }
}

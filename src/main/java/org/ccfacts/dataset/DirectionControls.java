package org.ccfacts.dataset;

import java.util.Locale;
import java.util.Optional;

/**
 * The invisible characters that set the writing direction of the text after them until they are closed:
 * embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). They are refused in data text
 * rather than stripped or wrapped. Unclosed, one reorders whatever the app writes next to the value — a
 * publisher of "U+202E ACME" turns the date beside it into "60-5202 ,EMCA" — and stripping would silently
 * change a sourced text, while a refusal shows the editor an invisible character they did not mean to
 * paste. Right-to-left text needs none of them: the app sets each text's direction itself. The direction
 * marks (U+200E, U+200F, U+061C) are kept: each acts like one letter of its direction, as any Arabic
 * letter does, and opens nothing that could reach past the value.
 */
final class DirectionControls {

    private DirectionControls() {
    }

    static boolean isControl(int codePoint) {
        return codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069;
    }

    /** Why {@code text} is refused, or empty when it holds no direction control. */
    static Optional<String> refusal(String text) {
        return text.codePoints().filter(DirectionControls::isControl).findFirst().stream()
                .mapToObj(codePoint -> String.format(Locale.ROOT, "holds an invisible direction control (U+%04X %s) that"
                        + " would reorder the text shown next to it: delete it (right-to-left text needs no control"
                        + " characters; the app sets the direction)", codePoint, Character.getName(codePoint)))
                .findFirst();
    }
}

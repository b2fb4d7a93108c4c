package org.ccfacts.i18n;

/**
 * Text of one direction set inside text of another: a citation ("CGTN, 2023-05-16 (data: …)") in an
 * Arabic sentence. Without isolation the bidi algorithm reorders its parts (the date moves, brackets
 * flip); wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE it keeps its own order and direction
 * and sits as one unit in the sentence. For display only: data files, CSV and the API keep plain text.
 */
public final class BidiText {

    private static final char FIRST_STRONG_ISOLATE = '\u2068';
    private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

    private BidiText() {
    }

    public static String isolate(String text) {
        return FIRST_STRONG_ISOLATE + text + POP_DIRECTIONAL_ISOLATE;
    }
}

package org.ccfacts.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Bidi;

import org.junit.jupiter.api.Test;

class BidiTextTest {

    @Test
    void aCitationInAnArabicSentenceKeepsItsOwnOrder() {
        String citation = "CGTN, 2023-05-16 (البيانات: MOFCOM)";
        String sentence = "المصادر: " + BidiText.isolate(citation) + "؛ " + BidiText.isolate("Yicai, 2025-06-17");

        assertThat(sentence).contains(citation);
        // java.text.Bidi resolves isolates (Unicode 6.3+). Without the isolate, the bracket before the Arabic
        // word would join the right-to-left sentence (level 1) and show mirrored on the wrong side.
        Bidi bidi = new Bidi(sentence, Bidi.DIRECTION_RIGHT_TO_LEFT);
        int open = bidi.getLevelAt(sentence.indexOf('('));
        int close = bidi.getLevelAt(sentence.indexOf(')'));
        assertThat(open).as("the citation is one left-to-right unit").isEqualTo(2).isEqualTo(close)
                .isEqualTo(bidi.getLevelAt(sentence.indexOf("2023")));
        assertThat(bidi.getLevelAt(sentence.indexOf("البيانات"))).as("its Arabic word, right to left inside it").isEqualTo(3);
    }
}

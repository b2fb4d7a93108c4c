package org.ccfacts.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvWriterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            =1+1          | '=1+1
            +1            | '+1
            -1            | '-1
            @SUM(A1)      | '@SUM(A1)
            plain text    | plain text
            a=b           | a=b
            ''            | ''
            """)
    void cellsASpreadsheetWouldRunGetAnApostrophe(String cell, String expected) {
        assertThat(CsvWriter.text(cell)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            \t=1+1
            \r=1+1
            """)
    void aLeadingTabOrCarriageReturnIsNeutralisedToo(String cell) {
        assertThat(CsvWriter.text(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            plain       | plain
            a,b         | "a,b"
            """)
    void fieldsAreQuotedOnlyWhenRfc4180NeedsIt(String cell, String expected) {
        assertThat(CsvWriter.quoted(cell)).isEqualTo(expected);
        assertThat(CsvWriter.quoted("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(CsvWriter.quoted("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }
}

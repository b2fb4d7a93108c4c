package org.ccfacts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code src/main/frontend/flow-scripts.js} hands Flow's client compiled code for the exact script texts the server
 * sends (the policy has no {@code 'unsafe-eval'}). Each entry's code must be its text, or a script would do
 * something other than what the server asked for.
 */
class FlowScriptsTest {

    private static final Path FILE = Path.of("src/main/frontend/flow-scripts.js");
    /** {@code script(["$0"], "text",\n  function ($0) { code });} followed by a blank line, the next entry or a comment */
    private static final Pattern ENTRY = Pattern.compile(
            "\\nscript\\((\\[[^\\]]*\\]), (\"(?:[^\"\\\\]|\\\\.)*\"),\\s*function \\(([^)]*)\\) \\{(.*?)\\}\\);(?=\\n(?:\\s*\\n|script\\(|//))",
            Pattern.DOTALL);

    private final ObjectMapper json = new ObjectMapper();

    record Entry(List<String> params, String text, List<String> codeParams, String code) {
    }

    private List<Entry> entries() throws IOException {
        String source = Files.readString(FILE);
        List<Entry> entries = new ArrayList<>();
        Matcher m = ENTRY.matcher(source);
        while (m.find()) {
            List<String> params = List.of(json.readValue(m.group(1), String[].class));
            String text = json.readValue(m.group(2), String.class);
            List<String> codeParams = m.group(3).isBlank() ? List.of() : List.of(m.group(3).split(",\\s*"));
            entries.add(new Entry(params, text, codeParams, m.group(4)));
        }
        // every script( call of the file was read: none is skipped by a format the pattern does not know
        assertThat(entries).hasSize(source.split("\\nscript\\(", -1).length - 1);
        return entries;
    }

    @Test
    void everyEntrysCodeIsItsText() throws IOException {
        List<Entry> entries = entries();

        assertThat(entries).hasSizeGreaterThan(20);
        for (Entry e : entries) {
            assertThat(e.codeParams()).as("parameters of %s", e.text()).isEqualTo(e.params());
            assertThat(lines(e.code())).as("code listed for %s", e.text()).isEqualTo(lines(e.text()));
        }
    }

    @Test
    void noTextIsListedTwice() throws IOException {
        List<String> keys = entries().stream().map(e -> e.params() + e.text()).toList();

        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void theScriptsThisAppSendsAreListed() throws IOException {
        List<String> texts = entries().stream().map(Entry::text).toList();

        // one of Vaadin's own, one event expression, one of ours (ApexChart.setConfig through callJsFunction)
        assertThat(texts).contains("return (async function() { this.serverConnected($0)}).apply($1)",
                "return (event.detail)", "return $0.setConfig($1,$2)");
    }

    /** The text line by line, without indentation and blank lines: layout, not meaning; everything else counts. */
    static List<String> lines(String code) {
        return code.strip().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}

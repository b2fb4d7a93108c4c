package org.ccfacts.hostile;

import java.util.List;

/**
 * Text an attacker (or a careless copy-paste) could put into the dataset. Every payload that would
 * create an element carries {@code data-hostile}; every one that would run script sets
 * {@code window.__pwned} or opens a dialog. Each value in the hostile dataset ends with its marker
 * {@code HOSTILE-NN}, so a test can find where it is rendered.
 */
public final class HostilePayloads {

    public static final List<String> ALL = List.of(
            "<script>window.__pwned=1</script>",
            "<img src=x onerror=\"window.__pwned=1\" data-hostile>",
            "<img src=x onerror=alert(1) data-hostile>",
            "<svg data-hostile onload=\"window.__pwned=1\"><script>window.__pwned=1</script></svg>",
            "<a href=\"javascript:window.__pwned=1\" data-hostile>click me</a>",
            "javascript:window.__pwned=1",
            "\"><script>window.__pwned=1</script>",
            "'><img src=x onerror=window.__pwned=1 data-hostile>",
            "<iframe src=\"javascript:window.__pwned=1\" data-hostile></iframe>",
            "<b data-hostile onmouseover=\"window.__pwned=1\">bold</b>",
            "<style data-hostile>body{display:none}</style>",
            "<details open ontoggle=\"window.__pwned=1\" data-hostile>x</details>",
            "<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1 data-hostile>",
            "</textarea><input autofocus onfocus=\"window.__pwned=1\" data-hostile>",
            "<object data=\"data:text/html,<script>window.__pwned=1</script>\" data-hostile></object>",
            // direction marks and zero-width characters are text; direction controls are refused (below)
            "\u200Fmarks\u200E \u061Carabic-letter-mark \u200B\uFEFFzero-width",
            "${7*7} #{7*7}",
            "{{7*7}} {{constructor.constructor('window.__pwned=1')()}}",
            "<%= 7*7 %> [[${7*7}]]",
            "=HYPERLINK(\"http://evil.example/\",\"click\")",
            "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(1,1)*cmd|' /C calc'!A0",
            "&lt;script&gt;window.__pwned=1&lt;/script&gt; &amp; &#60;b&#62;",
            "before\u0000after NUL",
            "line one\r\nSet-Cookie: hostile=1",
            "%3Cscript%3Ewindow.__pwned=1%3C/script%3E",
            "L".repeat(20_000));

    /**
     * Direction overrides, embeddings and isolates: unclosed, they reorder the text the app writes next to
     * the value, so the reader refuses them (they are not in {@link #ALL}, which the reader accepts).
     */
    public static final String DIRECTION_CONTROLS = "\u202Egnirts desrever\u202C \u2066isolate\u2069 \u202Bembedded";

    private HostilePayloads() {
    }

    public static String marker(int index) {
        return String.format("HOSTILE-%02d", index);
    }

    /** Payload number {@code index} (cycling) followed by its marker. */
    public static String value(int index) {
        int i = Math.floorMod(index, ALL.size());
        return ALL.get(i) + " " + marker(i);
    }

    /** The payload, then {@code text}, then the marker: for a field whose text must keep saying something. */
    public static String around(int index, String text) {
        int i = Math.floorMod(index, ALL.size());
        return ALL.get(i) + " " + text + " " + marker(i);
    }
}

package org.ccfacts.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The browser tests' one measure of where a chart's texts sit (chart-text-checks.js): inside the canvas and the
 * chart's drawing, not cut with an ellipsis or by a clip-path, over no other text. A test's own check, a
 * resource next to its class, is a function {@code (argument, checks) => …}; {@link #around} gives it the shared
 * checks as its second argument, as one script for {@code page.evaluate(script, argument)}.
 */
public final class ChartTextChecks {

    private ChartTextChecks() {
    }

    /** The resource {@code name} beside {@code owner}, a function of (argument, checks), as a function of argument. */
    public static String around(Class<?> owner, String name) {
        return "(argument) => (" + resource(owner, name).strip() + ")(argument, "
                + resource(ChartTextChecks.class, "chart-text-checks.js").strip() + ")";
    }

    private static String resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name + " beside " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

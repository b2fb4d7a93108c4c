package org.ccfacts.dataset;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Turns SnakeYAML's parser vocabulary ("expected &lt;block end&gt;, but found ...") into words a data
 * editor can act on, and picks the line that points at the mistake rather than where the parser gave up.
 */
final class YamlSyntax {

    private static final String PREFIX = "is not valid YAML: ";

    private YamlSyntax() {
    }

    static DatasetError describe(String file, MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        int problemLine = line(e.getProblemMark());
        int contextLine = line(e.getContextMark());

        if (context.contains("quoted scalar") && problem.contains("end of stream")) {
            // the parser only notices at the end of the file; the mistake is where the quote opened
            return error(file, contextLine, "a quoted text starting on this line is never closed:"
                    + " add the closing quote (or the file was cut short)");
        }
        if (problem.contains("could not find expected ':'")) {
            return error(file, contextLine, "this line has no ':' after the field name"
                    + " (the line may be cut short, or a long text continues without indentation)");
        }
        if (problem.contains("cannot start any token") && problem.contains("TAB")) {
            return error(file, problemLine, "a tab is used for indentation here: indent with spaces only");
        }
        if (problem.contains("cannot start any token")) {
            return error(file, problemLine, "a value here starts with a character YAML reserves (such as @ or `):"
                    + " put the text in quotes");
        }
        if (problem.contains("mapping values are not allowed here")) {
            return error(file, problemLine, "a ': ' appears inside a value here: put the whole text in quotes,"
                    + " or check the indentation");
        }
        if (problem.startsWith("expected <block end>") || problem.contains("did not find expected key")
                || problem.contains("did not find expected '-' indicator")) {
            return error(file, problemLine, "the indentation is wrong here: the line does not line up with"
                    + " the fields of its entry (use two spaces, as in the lines above)");
        }
        if (context.contains("flow sequence") || problem.contains("expected ',' or ']'")) {
            return error(file, contextLine, "a list in [ ] starting on this line is not closed:"
                    + " check the commas and the closing ']'");
        }
        if (context.contains("flow mapping") || problem.contains("expected ',' or '}'")) {
            return error(file, contextLine, "a mapping in { } starting on this line is not closed:"
                    + " check the commas and the closing '}'");
        }
        if (problem.contains("end of stream")) {
            return error(file, problemLine, "the file ends in the middle of an entry (was it cut short?)");
        }
        if (problem.contains("undefined alias") || context.contains("alias") || context.contains("anchor")) {
            return error(file, problemLine, "'*' or '&' starts a YAML reference here: put the text in quotes");
        }
        return error(file, problemLine > 0 ? problemLine : contextLine, problem.isEmpty() ? e.getMessage() : problem);
    }

    /**
     * SnakeYAML's own limits, which it words for programmers ("Number of aliases for non-scalar nodes
     * exceeds the specified max=20"); the line comes from where the composer stood.
     */
    static String plainLimit(String problem) {
        String text = problem == null ? "" : problem;
        if (text.contains("aliases for non-scalar nodes")) {
            return "holds more than " + BoundedYaml.MAX_COLLECTION_REFERENCES + " '*' references to lists or mappings"
                    + " (this is one too many): write the entries out instead of referring to them";
        }
        if (text.contains("Nesting Depth")) {
            return "nests lists and mappings too deeply here (more than " + BoundedYaml.MAX_NESTING
                    + " levels): a data entry needs only a few";
        }
        if (text.contains("Recursive key")) {
            return "a field name here refers to the mapping it belongs to: write the field name as plain text";
        }
        if (text.contains("exceeds the limit")) {
            return "is too large: a data file may hold at most " + DatasetReader.MAX_FILE_BYTES + " characters (5 MB)";
        }
        return PREFIX + text;
    }

    /** A character that YAML forbids (control characters): the position is counted in code points. */
    static DatasetError describe(String file, String text, ReaderException e) {
        int line = 1;
        int end = Math.min(e.getPosition(), text.codePointCount(0, text.length()));
        int offset = text.offsetByCodePoints(0, end);
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return error(file, line, String.format("holds an invisible control character (U+%04X) that YAML does not allow:"
                + " delete it", e.getCodePoint()));
    }

    private static DatasetError error(String file, int line, String message) {
        return new DatasetError(file, line, "", PREFIX + message);
    }

    private static int line(Mark mark) {
        return mark == null ? 0 : mark.getLine() + 1;
    }
}

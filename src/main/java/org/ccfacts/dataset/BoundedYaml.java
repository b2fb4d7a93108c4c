package org.ccfacts.dataset;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes one data file into YAML nodes within the bounds a data file needs, refusing on the line where
 * they are crossed.
 *
 * <p>The file size limit alone does not bound the data: a reference ({@code *name}) repeats the whole text
 * or list it names ({@code &name}), so a 1 MB file can stand for gigabytes once the dataset is written out
 * as JSON. The parser's events are watched as they pass: the text each anchor stands for is measured, and
 * every reference adds it again, so the expanded size is known before anything is built from it. Tags
 * ({@code !custom}, {@code !!float}) are refused too: every value is text to our reader, so a tag could
 * only ask for a type it will never get, or for code to run.
 */
final class BoundedYaml {

    /** What a file may stand for, references repeated: as much text as it may hold, in characters. */
    static final long MAX_EXPANDED_CHARS = DatasetReader.MAX_FILE_BYTES;
    static final int MAX_NESTING = 20;
    static final int MAX_COLLECTION_REFERENCES = 20;

    private BoundedYaml() {
    }

    /** A limit crossed, on a line, in an editor's words. */
    static final class Refusal extends RuntimeException {
        private final int line;

        Refusal(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /**
     * @return the document's root, or null when it holds none
     * @throws Refusal                 a limit crossed or a tag used
     * @throws MarkedYAMLException     a syntax error, with its position (see {@link YamlSyntax})
     * @throws ReaderException       a character YAML does not allow
     */
    static Node compose(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) DatasetReader.MAX_FILE_BYTES);
        options.setMaxAliasesForCollections(MAX_COLLECTION_REFERENCES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        Watched events = new Watched(new ParserImpl(new StreamReader(text), options));
        try {
            return new Composer(events, new Resolver(), options).getSingleNode();
        } catch (MarkedYAMLException | ReaderException | Refusal e) {
            throw e;
        } catch (YAMLException e) {
            // SnakeYAML's own limits carry no position: the event being composed is where it was crossed
            throw new Refusal(events.line, YamlSyntax.plainLimit(e.getMessage()));
        }
    }

    /** The parser, watched: the line of the latest event, the expanded size so far, no tags. */
    private static final class Watched implements Parser {

        private final Parser parser;
        private long expanded;
        private int line;
        /** the lists and mappings being read, innermost first */
        private final Deque<Open> open = new ArrayDeque<>();
        /** anchor → the size of what it names, for each reference to it */
        private final Map<String, Long> anchored = new HashMap<>();

        Watched(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            note(parser.peekEvent());
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return note(parser.peekEvent());
        }

        @Override
        public Event getEvent() {
            Event event = note(parser.getEvent());
            if (event instanceof ScalarEvent scalar) {
                refuseTag(scalar.getTag());
                long size = scalar.getValue().length() + 1L;
                if (scalar.getAnchor() != null) {
                    anchored.put(scalar.getAnchor(), size);
                }
                add(size);
            } else if (event instanceof CollectionStartEvent start) {
                refuseTag(start.getTag());
                add(1);
                open.push(new Open(start.getAnchor()));
            } else if (event instanceof CollectionEndEvent) {
                Open closed = open.pop();
                if (closed.anchor != null) {
                    anchored.put(closed.anchor, closed.size + 1);
                }
                if (!open.isEmpty()) {
                    open.peek().size += closed.size;
                }
            } else if (event instanceof AliasEvent alias) {
                if (open.stream().anyMatch(o -> alias.getAnchor().equals(o.anchor))) {
                    throw new Refusal(line, "has a '*" + alias.getAnchor() + "' reference inside the list or mapping it"
                            + " names, which would hold itself inside itself: write the entries out");
                }
                // an unknown anchor is refused by the composer next, with its own message
                add(anchored.getOrDefault(alias.getAnchor(), 1L));
            }
            return event;
        }

        private Event note(Event event) {
            if (event != null && event.getStartMark() != null) {
                line = event.getStartMark().getLine() + 1;
            }
            return event;
        }

        private void add(long size) {
            expanded += size;
            if (!open.isEmpty()) {
                open.peek().size += size;
            }
            if (expanded > MAX_EXPANDED_CHARS) {
                throw new Refusal(line, "would expand past 5 MB of text with its '*' references repeated (a data"
                        + " file may hold at most 5 MB): write the text where it is needed instead of referring to it");
            }
        }

        private void refuseTag(String tag) {
            if (tag != null) {
                String written = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
                throw new Refusal(line, "uses a YAML tag ('" + written + "'), which data files may not: every value is"
                        + " read as text; if the text itself starts with '!', put it in quotes");
            }
        }
    }

    private static final class Open {
        private final String anchor;
        private long size;

        Open(String anchor) {
            this.anchor = anchor;
        }
    }
}

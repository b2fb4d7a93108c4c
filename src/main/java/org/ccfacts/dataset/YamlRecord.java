package org.ccfacts.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One mapping of a data file, read field by field. Every value is taken as text and parsed here (no
 * YAML implicit typing: "no" stays "no", "2024" stays "2024"), and every problem is added to the
 * shared error list with the file, line and field, so one pass reports all of them.
 */
final class YamlRecord {

    static final Set<String> LANGUAGES = Set.of("en", "ar", "zh", "ru");

    private final String file;
    private final MappingNode node;
    private final List<DatasetError> errors;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Node> keys = new LinkedHashMap<>();
    private final Set<String> read = new java.util.HashSet<>();

    YamlRecord(String file, MappingNode node, List<DatasetError> errors) {
        this.file = file;
        this.node = node;
        this.errors = errors;
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalarKey)) {
                error(key, "", "a field name must be plain text");
                continue;
            }
            if (values.putIfAbsent(scalarKey.getValue(), tuple.getValueNode()) != null) {
                error(key, scalarKey.getValue(), "appears twice in the same entry");
            }
            keys.putIfAbsent(scalarKey.getValue(), key);
        }
    }

    int line() {
        return line(node);
    }

    /** The key node of a field (for error lines), or the entry itself when the field is absent. */
    Node fieldNode(String field) {
        return keys.getOrDefault(field, node);
    }

    /** A field's text without checking or marking it read, e.g. to learn an entry's id even when the entry is broken. */
    Optional<String> rawText(String field) {
        return values.get(field) instanceof ScalarNode scalar ? Optional.of(scalar.getValue().strip()) : Optional.empty();
    }

    String file() {
        return file;
    }

    /** field name → line of its key */
    java.util.Map<String, Integer> fieldLines() {
        Map<String, Integer> result = new java.util.HashMap<>();
        keys.forEach((name, key) -> result.put(name, line(key)));
        return result;
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    void error(Node at, String field, String message) {
        errors.add(new DatasetError(file, line(at), field, message));
    }

    /** A required single-line text. Returns empty (and records an error) when missing or not text. */
    Optional<String> required(String field) {
        Optional<String> value = optional(field);
        if (value.isEmpty() && !values.containsKey(field)) {
            errors.add(new DatasetError(file, line(), field, "is required"));
        }
        return value;
    }

    Optional<String> optional(String field) {
        read.add(field);
        Node value = values.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof ScalarNode scalar)) {
            error(value, field, "must be a single value, not a list or a mapping");
            return Optional.empty();
        }
        String text = scalar.getValue().strip();
        if (text.isEmpty()) {
            error(value, field, "is empty");
            return Optional.empty();
        }
        return shown(value, field, text);
    }

    /** The text, unless it holds a character that would change how the text around it is shown. */
    private Optional<String> shown(Node at, String field, String text) {
        Optional<String> refusal = DirectionControls.refusal(text);
        refusal.ifPresent(message -> error(at, field, message));
        return refusal.isPresent() ? Optional.empty() : Optional.of(text);
    }

    /** A required value parsed by {@code parser}, whose IllegalArgumentException message becomes the error. */
    <T> Optional<T> required(String field, Function<String, T> parser) {
        return parse(field, required(field), parser);
    }

    <T> Optional<T> optional(String field, Function<String, T> parser) {
        return parse(field, optional(field), parser);
    }

    private <T> Optional<T> parse(String field, Optional<String> text, Function<String, T> parser) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(text.get()));
        } catch (IllegalArgumentException e) {
            error(values.get(field), field, e.getMessage());
            return Optional.empty();
        }
    }

    /** A text in several languages: a mapping of language code to text, English required. */
    Optional<LocalizedText> localized(String field, boolean required) {
        read.add(field);
        Node value = values.get(field);
        if (value == null) {
            if (required) {
                errors.add(new DatasetError(file, line(), field, "is required"));
            }
            return Optional.empty();
        }
        if (value instanceof ScalarNode scalar) {
            // A plain text is English: the common case for notes
            return scalar.getValue().isBlank() ? emptyText(value, field)
                    : shown(value, field, scalar.getValue().strip()).map(LocalizedText::english);
        }
        if (!(value instanceof MappingNode mapping)) {
            error(value, field, "must be a text or a mapping of language (en, ar, zh, ru) to text");
            return Optional.empty();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        boolean englishGiven = false;
        for (NodeTuple tuple : mapping.getValue()) {
            String language = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            englishGiven |= language.equals(LocalizedText.FALLBACK);
            String subField = field + "." + language;
            if (!LANGUAGES.contains(language)) {
                error(tuple.getKeyNode(), subField, "unknown language '" + language + "': use en, ar, zh or ru");
            } else if (!(tuple.getValueNode() instanceof ScalarNode text) || text.getValue().isBlank()) {
                error(tuple.getValueNode(), subField, "must be a non-empty text");
            } else if (texts.containsKey(language)) {
                error(tuple.getKeyNode(), subField, "appears twice");
            } else {
                shown(text, subField, text.getValue().strip()).ifPresent(shown -> texts.put(language, shown));
            }
        }
        if (!texts.containsKey(LocalizedText.FALLBACK)) {
            if (!englishGiven) {
                error(value, field + ".en", "is required: English is the fallback for every language");
            }
            return Optional.empty();
        }
        return Optional.of(new LocalizedText(texts));
    }

    private Optional<LocalizedText> emptyText(Node at, String field) {
        error(at, field, "is empty");
        return Optional.empty();
    }

    /** A required list of single values. */
    List<String> requiredList(String field) {
        read.add(field);
        Node value = values.get(field);
        List<String> result = new ArrayList<>();
        if (value == null) {
            errors.add(new DatasetError(file, line(), field, "is required"));
        } else if (!(value instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            error(value, field, "must be a non-empty list");
        } else {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                    shown(item, field, scalar.getValue().strip()).ifPresent(result::add);
                } else {
                    error(item, field, "each entry must be a non-empty single value");
                }
            }
        }
        return result;
    }

    /** A required list of mappings, e.g. the items of a named list. */
    List<YamlRecord> requiredRecords(String field) {
        read.add(field);
        Node value = values.get(field);
        List<YamlRecord> result = new ArrayList<>();
        if (value == null) {
            errors.add(new DatasetError(file, line(), field, "is required"));
        } else if (!(value instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            error(value, field, "must be a non-empty list");
        } else {
            for (Node item : sequence.getValue()) {
                if (item instanceof MappingNode mapping) {
                    result.add(new YamlRecord(file, mapping, errors));
                } else {
                    error(item, field, "each entry must be a mapping of fields");
                }
            }
        }
        return result;
    }

    /** Reports every field the reader did not ask for: a typo must not silently drop data. */
    void rejectUnknownFields() {
        keys.forEach((name, key) -> {
            if (!read.contains(name)) {
                errors.add(new DatasetError(file, line(key), name, "unknown field"));
            }
        });
    }
}

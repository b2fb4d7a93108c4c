package org.ccfacts.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ccfacts.dataset.DatasetReader;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes a copy of the real {@code data/} folder in which every free-text field holds a hostile payload
 * (ids, numbers, dates and codes stay as they are). Built from the real data rather than from a fixed
 * fixture so that every chart and view, including ones added later, finds the ids it expects and
 * draws — with hostile text everywhere. Payloads cycle, so each appears in many fields.
 */
public final class HostileDataset {

    /** Fields that hold free text (plain or per language); every other field is an id, number, date or code. */
    static final Set<String> TEXT_FIELDS = Set.of("publisher", "title", "data_from", "note", "name", "definition",
            "quote", "question", "pollster", "place", "label");

    private HostileDataset() {
    }

    /** Writes the hostile copy of {@code realData} into {@code target} and returns {@code target}. */
    public static Path write(Path realData, Path target) {
        int[] next = {0};
        try {
            Files.createDirectories(target);
            for (String file : DatasetReader.FILES) {
                String text = Files.readString(realData.resolve(file), StandardCharsets.UTF_8);
                Object root = yaml().load(text);
                Object hostile = replace(root, null, next);
                Files.writeString(target.resolve(file), yaml().dump(hostile), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    @SuppressWarnings("unchecked")
    private static Object replace(Object node, String field, int[] next) {
        if (node instanceof List<?> list) {
            return list.stream().map(item -> replace(item, field, next)).toList();
        }
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            for (var entry : ((Map<String, Object>) map).entrySet()) {
                String key = entry.getKey();
                Object value = entry.getValue();
                if (key.equals("quote") && field == null && map.containsKey("value")) {
                    // an observation's quote must state its value (the reader refuses it otherwise): the hostile
                    // text comes first, where a spreadsheet or a page would act on it, then the real sentence
                    result.put(key, HostilePayloads.around(next[0]++, String.valueOf(value)));
                } else if (TEXT_FIELDS.contains(key)) {
                    result.put(key, value instanceof Map<?, ?> languages ? perLanguage(languages, next) : HostilePayloads.value(next[0]++));
                } else if (key.equals("url")) {
                    // passes the reader's https:// check, then tries to break out of an href attribute
                    result.put(key, "https://example.invalid/\"><img src=x onerror=window.__pwned=1 data-hostile>");
                } else {
                    result.put(key, replace(value, key, next));
                }
            }
            return result;
        }
        return node;
    }

    private static Map<String, Object> perLanguage(Map<?, ?> languages, int[] next) {
        Map<String, Object> result = new LinkedHashMap<>();
        languages.keySet().forEach(language -> result.put(String.valueOf(language), HostilePayloads.value(next[0]++)));
        return result;
    }

    /** Every scalar is text, as our reader sees it: no YAML auto-typing of dates or numbers on the round trip. */
    private static Yaml yaml() {
        DumperOptions dump = new DumperOptions();
        dump.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dump.setAllowUnicode(true);
        dump.setSplitLines(false);
        LoaderOptions load = new LoaderOptions();
        load.setCodePointLimit(10 * 1024 * 1024);
        Resolver textOnly = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                // none: 2024 stays "2024", 2025-06-17 stays "2025-06-17"
            }
        };
        return new Yaml(new SafeConstructor(load), new TextRepresenter(dump), dump, load, textOnly);
    }

    /** Writes text with a NUL or other control character as an escaped double-quoted string, not as !!binary. */
    private static final class TextRepresenter extends Representer {
        TextRepresenter(DumperOptions options) {
            super(options);
            Represent plain = representers.get(String.class);
            representers.put(String.class, data -> StreamReader.isPrintable((String) data)
                    ? plain.representData(data)
                    : representScalar(Tag.STR, (String) data, DumperOptions.ScalarStyle.DOUBLE_QUOTED));
        }
    }
}

package org.ccfacts.dataset;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads and validates the data folder into one {@link Dataset}. Collects every error (file, line,
 * field, message) before giving up, so an editor fixes them in one go.
 */
public final class DatasetReader {

    /** The files of a dataset, in the order they are read. */
    public static final List<String> FILES = List.of("sources.yaml", "measures.yaml", "observations.yaml",
            "polls.yaml", "events.yaml", "lists.yaml");

    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Set<String> CURRENCIES = Set.of("USD", "CNY");
    private static final Set<String> COUNTRIES = Set.of("KZ", "KG", "TJ", "TM", "UZ");

    private final Clock clock;

    public DatasetReader(Clock clock) {
        this.clock = clock;
    }

    /**
     * @throws InvalidDatasetException listing every problem when the folder does not hold a valid dataset
     */
    public Dataset read(Path folder) {
        List<DatasetError> errors = new ArrayList<>();
        Path snapshot;
        try {
            // Resolve links once: if the folder is a link that is switched to another folder while we
            // read, every file still comes from the same folder and the version stays one whole.
            snapshot = folder.toRealPath();
        } catch (IOException e) {
            // no path here: errors are public at /api/dataset/status (the service logs the folder)
            throw new InvalidDatasetException(List.of(new DatasetError("", 0, "",
                    "the data folder does not exist or cannot be read")));
        }
        Map<String, List<YamlRecord>> records = new HashMap<>();
        MessageDigest digest = sha256();
        for (String file : FILES) {
            byte[] bytes = DataFiles.read(snapshot, file, errors);
            if (bytes == null) {
                continue;
            }
            digest.update(file.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
            records.put(file, parse(file, bytes, errors));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        FieldLines fieldLines = new FieldLines();
        records.values().forEach(list -> list.forEach(fieldLines::add));
        Dataset dataset = new Dataset(HexFormat.of().formatHex(digest.digest(), 0, 6), clock.instant(),
                each(records.get("sources.yaml"), this::source),
                each(records.get("measures.yaml"), this::measure),
                each(records.get("observations.yaml"), this::observation),
                each(records.get("polls.yaml"), this::poll),
                each(records.get("events.yaml"), this::event),
                each(records.get("lists.yaml"), this::namedList));
        records.values().forEach(list -> list.forEach(YamlRecord::rejectUnknownFields));
        new DatasetChecks(dataset, fieldLines, errors).run();
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return dataset;
    }

    /** Errors in reading order (file, then line), so an editor can work down the list. */
    private static InvalidDatasetException invalid(List<DatasetError> errors) {
        Comparator<DatasetError> byFile = Comparator.comparingInt(e -> {
            int index = FILES.indexOf(e.file());
            return index < 0 ? FILES.size() : index;
        });
        List<DatasetError> sorted = new ArrayList<>(errors);
        sorted.sort(byFile.thenComparingInt(DatasetError::line));
        return new InvalidDatasetException(sorted);
    }

    private static List<YamlRecord> parse(String file, byte[] bytes, List<DatasetError> errors) {
        String text = decodeUtf8(file, bytes, errors);
        if (text == null) {
            return List.of();
        }
        if (text.isBlank()) {
            errors.add(new DatasetError(file, 0, "", "is empty: it must hold a list of entries"));
            return List.of();
        }
        Node root;
        try {
            root = BoundedYaml.compose(text);
        } catch (MarkedYAMLException e) {
            errors.add(YamlSyntax.describe(file, e));
            return List.of();
        } catch (ReaderException e) {
            errors.add(YamlSyntax.describe(file, text, e));
            return List.of();
        } catch (BoundedYaml.Refusal e) {
            errors.add(new DatasetError(file, e.line(), "", e.getMessage()));
            return List.of();
        }
        if (root == null) {
            errors.add(new DatasetError(file, 0, "", "is empty: it must hold a list of entries"));
            return List.of();
        }
        if (!(root instanceof SequenceNode sequence)) {
            errors.add(new DatasetError(file, YamlRecord.line(root), "", "must be a list of entries (lines starting with '- ')"));
            return List.of();
        }
        List<YamlRecord> result = new ArrayList<>();
        for (Node entry : sequence.getValue()) {
            if (entry instanceof MappingNode mapping) {
                result.add(new YamlRecord(file, mapping, errors));
            } else {
                errors.add(new DatasetError(file, YamlRecord.line(entry), "", "each entry must be a mapping of fields"));
            }
        }
        return result;
    }

    /** The text, or null after recording the line of the first byte that is not UTF-8. */
    private static String decodeUtf8(String file, byte[] bytes, List<DatasetError> errors) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in).toString();
        } catch (CharacterCodingException e) {
            // the decoder stops at the first bad byte
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            errors.add(new DatasetError(file, line, "", "is not valid UTF-8 (byte " + (in.position() + 1)
                    + "): save the file as UTF-8"));
            return null;
        }
    }

    private static <T> List<T> each(List<YamlRecord> records, Function<YamlRecord, Optional<T>> reader) {
        return records.stream().map(reader).flatMap(Optional::stream).toList();
    }

    private static String id(String text) {
        if (!ID.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an id: use lower-case letters, digits and single hyphens");
        }
        return text;
    }

    private static String language(String text) {
        if (!ID.matcher(text).matches() || text.length() > 3) {
            throw new IllegalArgumentException("'" + text + "' is not a language code such as en, ar, zh or ru");
        }
        return text;
    }

    private static String url(String text) {
        if (!text.startsWith("https://") && !text.startsWith("http://")) {
            throw new IllegalArgumentException("'" + text + "' is not a web address starting with https://");
        }
        return text;
    }

    private static BigDecimal number(String text) {
        if (!text.matches("-?\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException("'" + text + "' is not a number: write digits with a decimal point, e.g. 94.8");
        }
        return new BigDecimal(text);
    }

    private static <E extends Enum<E>> Function<String, E> oneOf(Class<E> type) {
        return text -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-').equals(text)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException("'" + text + "' is not one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).toList());
        };
    }

    private static Function<String, String> oneOf(Set<String> allowed) {
        return text -> {
            if (!allowed.contains(text)) {
                throw new IllegalArgumentException("'" + text + "' is not one of " + new java.util.TreeSet<>(allowed));
            }
            return text;
        };
    }

    private Optional<Source> source(YamlRecord r) {
        var id = r.required("id", DatasetReader::id);
        var publisher = r.required("publisher");
        var title = r.optional("title");
        var date = r.optional("date", PartialDate::parse);
        var language = r.optional("language", DatasetReader::language);
        var url = r.optional("url", DatasetReader::url);
        var dataFrom = r.optional("data_from");
        var note = r.optional("note");
        if (id.isEmpty() || publisher.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Source(id.get(), publisher.get(), title, date, language, url, dataFrom,
                note, r.line()));
    }

    private Optional<Measure> measure(YamlRecord r) {
        var id = r.required("id", DatasetReader::id);
        var name = r.localized("name", true);
        var unit = r.required("unit", oneOf(Measure.Unit.class));
        var definition = r.localized("definition", true);
        if (id.isEmpty() || name.isEmpty() || unit.isEmpty() || definition.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Measure(id.get(), name.get(), unit.get(), definition.get(), r.line()));
    }

    private Optional<Observation> observation(YamlRecord r) {
        var id = r.required("id", DatasetReader::id);
        var measure = r.required("measure", DatasetReader::id);
        var period = r.required("period", Period::parse);
        var value = r.required("value", DatasetReader::number);
        var qualifier = r.required("qualifier", text -> Qualifier.fromCode(text).orElseThrow(() ->
                new IllegalArgumentException("'" + text + "' is not one of [exact, lower-bound, approximate]")));
        var currency = r.optional("currency", oneOf(CURRENCIES));
        var scale = r.optional("scale", oneOf(Set.of("billion")));
        var country = r.optional("country", oneOf(COUNTRIES));
        var source = r.required("source", DatasetReader::id);
        var quote = r.optional("quote");
        var note = r.localized("note", false);
        if (id.isEmpty() || measure.isEmpty() || period.isEmpty() || value.isEmpty() || qualifier.isEmpty()
                || source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Observation(id.get(), measure.get(), period.get(), value.get(), qualifier.get(),
                currency, scale, country, source.get(), quote, note, r.line()));
    }

    private Optional<Poll> poll(YamlRecord r) {
        var id = r.required("id", DatasetReader::id);
        var question = r.localized("question", true);
        var share = r.required("share", DatasetReader::number);
        var pollster = r.required("pollster");
        var date = r.required("date", PartialDate::parse);
        var source = r.required("source", DatasetReader::id);
        var quote = r.optional("quote");
        if (id.isEmpty() || question.isEmpty() || share.isEmpty() || pollster.isEmpty() || date.isEmpty()
                || source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Poll(id.get(), question.get(), share.get(), pollster.get(), date.get(), source.get(),
                quote, r.line()));
    }

    private Optional<Event> event(YamlRecord r) {
        var id = r.required("id", DatasetReader::id);
        var date = r.required("date", PartialDate::parse);
        var end = r.optional("end", PartialDate::parse);
        var title = r.localized("title", true);
        var place = r.localized("place", false);
        var status = r.required("status", oneOf(Event.Status.class));
        var sources = r.requiredList("sources");
        var note = r.localized("note", false);
        if (id.isEmpty() || date.isEmpty() || title.isEmpty() || status.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Event(id.get(), date.get(), end, title.get(), place, status.get(), sources, note,
                r.line()));
    }

    private Optional<NamedList> namedList(YamlRecord r) {
        var id = r.required("id", DatasetReader::id);
        var title = r.localized("title", true);
        var source = r.required("source", DatasetReader::id);
        List<NamedList.Item> items = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (YamlRecord item : r.requiredRecords("items")) {
            var itemId = item.required("id", DatasetReader::id);
            var label = item.localized("label", true);
            item.rejectUnknownFields();
            itemId.ifPresent(itemIdText -> {
                Integer earlier = seen.putIfAbsent(itemIdText, item.line());
                if (earlier != null) {
                    item.error(item.fieldNode("id"), "id", "'" + itemIdText + "' is already used in this list on line " + earlier);
                }
            });
            if (itemId.isPresent() && label.isPresent()) {
                items.add(new NamedList.Item(itemId.get(), label.get()));
            }
        }
        if (id.isEmpty() || title.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NamedList(id.get(), title.get(), source.get(), items, r.line()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

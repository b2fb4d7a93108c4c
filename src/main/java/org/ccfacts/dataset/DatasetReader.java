package org.ccfacts.dataset;

import java.io.IOException;
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
import java.util.function.Function;

import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads and validates the data folder into one {@link Dataset}. Collects every error (file, line,
 * field, message) before giving up, so an editor fixes them in one go.
 *
 * <p>This class reads: one snapshot of the folder, each file within its bounds ({@link DataFiles},
 * {@link BoundedYaml}), decoded and composed into entries. What an entry of each file means is
 * {@link EntryMapper}'s job; what must hold across entries is {@link DatasetChecks}'.
 */
public final class DatasetReader {

    /** The files of a dataset, in the order they are read. */
    public static final List<String> FILES = List.of("sources.yaml", "measures.yaml", "observations.yaml",
            "polls.yaml", "events.yaml", "lists.yaml");

    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

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
                each(records.get("sources.yaml"), EntryMapper::source),
                each(records.get("measures.yaml"), EntryMapper::measure),
                each(records.get("observations.yaml"), EntryMapper::observation),
                each(records.get("polls.yaml"), EntryMapper::poll),
                each(records.get("events.yaml"), EntryMapper::event),
                each(records.get("lists.yaml"), EntryMapper::namedList));
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

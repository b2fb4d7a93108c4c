package org.ccfacts.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ccfacts.dataset.Dataset;
import org.ccfacts.dataset.DatasetReader;
import org.ccfacts.dataset.InvalidDatasetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accepted versions, kept as the very files they were read from: one folder per version,
 * {@code 20261201T140512345Z-1a2b3c4d5e6f/}, named by the time it was accepted and its version id, holding the six
 * YAML files. Each is read back with the app's {@link DatasetReader}, so a kept version is exactly what readers were
 * shown, and {@code ?version=} can show it again.
 *
 * <p>Appending copies the files into a hidden folder, reads the copy, and renames it into place only when the copy
 * is the version that was accepted (an editor may have saved again in between: that save is the next version).
 * The rename is atomic, so a reader of the journal, or a replica sharing it, never sees half a version.
 */
final class DatasetJournal {

    private static final Logger log = LoggerFactory.getLogger(DatasetJournal.class);
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("(\\d{8}T\\d{9}Z)-([0-9a-f]{12})");

    private final Path folder;
    private final DatasetReader reader;
    /** Versions already read, by folder name: a kept version never changes, so each is read once per run. */
    private final Map<String, Dataset> read = new ConcurrentHashMap<>();

    DatasetJournal(Path folder, Clock clock) {
        this.folder = folder;
        this.reader = new DatasetReader(clock);
    }

    /** Keeps {@code accepted}, read from {@code dataFolder}; false when the files changed meanwhile. */
    boolean append(Dataset accepted, Path dataFolder) {
        try {
            Files.createDirectories(folder);
            Path staging = folder.resolve(".incoming-" + UUID.randomUUID());
            Files.createDirectory(staging);
            try {
                for (String file : DatasetReader.FILES) {
                    Files.copy(dataFolder.resolve(file), staging.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
                if (!reader.read(staging).version().equals(accepted.version())) {
                    return false;
                }
                Path target = folder.resolve(NAME_TIME.format(accepted.loadedAt()) + "-" + accepted.version());
                try {
                    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(staging, target);
                }
                return true;
            } finally {
                deleteIfLeft(staging);
            }
        } catch (FileAlreadyExistsException e) {
            return true; // a replica sharing the journal kept it at the same millisecond
        } catch (IOException | InvalidDatasetException e) {
            // the history misses a version; serving goes on (the reload itself succeeded)
            log.warn("Could not keep version {} in the history folder {}: {}", accepted.version(),
                    folder.toAbsolutePath(), e.toString());
            return false;
        }
    }

    /**
     * Every kept version, oldest first, with {@link Dataset#loadedAt()} the time it was accepted. A version kept
     * twice in a row (two replicas sharing the journal) counts once, at its first time.
     */
    List<Dataset> versions() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Dataset> versions = new ArrayList<>();
        for (Path entry : entries) {
            Matcher name = NAME.matcher(entry.getFileName().toString());
            name.matches();
            if (!versions.isEmpty() && versions.getLast().version().equals(name.group(2))) {
                continue;
            }
            Dataset known = read.get(entry.getFileName().toString());
            if (known != null) {
                versions.add(known);
                continue;
            }
            try {
                Dataset kept = reader.read(entry);
                if (kept.version().equals(name.group(2))) {
                    Dataset version = acceptedAt(kept, Instant.from(NAME_TIME.parse(name.group(1))));
                    read.put(entry.getFileName().toString(), version);
                    versions.add(version);
                }
            } catch (InvalidDatasetException e) {
                log.warn("The kept version {} no longer reads as a dataset; left out of the history", entry.getFileName());
            }
        }
        return versions;
    }

    private static Dataset acceptedAt(Dataset d, Instant at) {
        return new Dataset(d.version(), at, d.sources(), d.measures(), d.observations(), d.polls(), d.events(), d.lists());
    }

    private static void deleteIfLeft(Path staging) throws IOException {
        if (Files.isDirectory(staging)) {
            try (Stream<Path> files = Files.list(staging)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(staging);
        }
    }
}

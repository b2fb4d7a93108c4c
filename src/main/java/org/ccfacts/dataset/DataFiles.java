package org.ccfacts.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads one file of the data folder, and only what a data file can be: an ordinary file inside the folder
 * (after following links), at most {@link DatasetReader#MAX_FILE_BYTES} counted while reading (a device or a
 * growing file reports a size that means nothing), within {@link #TIME_LIMIT}. Anything else is one
 * {@link DatasetError} naming the file and why, never a server path: errors are public at
 * {@code /api/dataset/status}.
 */
final class DataFiles {

    /** Far beyond a local read of 5 MB; reached only by a file system that stopped answering. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    private static final String TOO_LARGE = "a data file may hold at most " + DatasetReader.MAX_FILE_BYTES
            + " bytes (5 MB); is something pasted into it by mistake?";

    /**
     * Reads happen on these threads so that the caller can give up after the time limit. A thread stuck in
     * the operating system (a pipe swapped in after the checks, a dead network mount) is left behind as a
     * daemon rather than holding up reloads or the app's start.
     */
    private static final ExecutorService READS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "dataset-file-read");
        thread.setDaemon(true);
        return thread;
    });

    private DataFiles() {
    }

    /**
     * @param folder the data folder, links already resolved
     * @return the file's bytes, or null after adding to {@code errors} why it cannot be read
     */
    static byte[] read(Path folder, String file, List<DatasetError> errors) {
        Path real;
        try {
            real = ordinaryFile(folder, file);
        } catch (Refused e) {
            errors.add(new DatasetError(file, 0, "", e.getMessage()));
            return null;
        }
        Future<byte[]> reading = READS.submit(() -> readAtMost(real, DatasetReader.MAX_FILE_BYTES));
        try {
            byte[] bytes = reading.get(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            if (bytes.length > DatasetReader.MAX_FILE_BYTES) {
                errors.add(new DatasetError(file, 0, "", "is too large (it grew past " + DatasetReader.MAX_FILE_BYTES
                        + " bytes while being read): " + TOO_LARGE));
                return null;
            }
            return bytes;
        } catch (TimeoutException e) {
            reading.cancel(true);
            errors.add(new DatasetError(file, 0, "", "could not be read within " + TIME_LIMIT.toSeconds()
                    + " seconds: is it on a drive that stopped answering?"));
        } catch (ExecutionException e) {
            errors.add(new DatasetError(file, 0, "", e.getCause() instanceof UncheckedIOException io
                    ? cannotRead(io.getCause()) : "cannot be read (" + e.getCause().getClass().getSimpleName() + ")"));
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            errors.add(new DatasetError(file, 0, "", "was not read: reading was interrupted (is the app stopping?)"));
        }
        return null;
    }

    /** The file's real path, when it is an ordinary file inside the folder of a plausible size. */
    private static Path ordinaryFile(Path folder, String file) throws Refused {
        Path path = folder.resolve(file);
        try {
            Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new Refused("is missing from the data folder");
        } catch (IOException e) {
            throw new Refused(cannotRead(e));
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (NoSuchFileException e) {
            throw new Refused("is a link to a file that does not exist");
        } catch (IOException e) {
            throw new Refused(cannotRead(e));
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(real, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new Refused(cannotRead(e));
        }
        if (attributes.isDirectory()) {
            throw new Refused("is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            // never opened: a device such as /dev/zero never ends, and opening a pipe waits for a writer
            throw new Refused("is not an ordinary file (it is a device, a pipe or a socket): save the data as an ordinary file");
        }
        if (!real.startsWith(folder)) {
            // the README promises the app reads only data/; a link must not widen that to the whole disk
            throw new Refused("is a link to a file outside the data folder: the app reads only files inside it;"
                    + " copy the file into the folder instead");
        }
        if (attributes.size() > DatasetReader.MAX_FILE_BYTES) {
            throw new Refused("is too large (" + attributes.size() + " bytes): " + TOO_LARGE);
        }
        return real;
    }

    /** At most {@code limit + 1} bytes: one more than allowed tells that the file is too large. */
    private static byte[] readAtMost(Path path, long limit) {
        // the real path, not followed again: a link switched after the checks cannot lead elsewhere
        try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
            return in.readNBytes((int) limit + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The reason in words, without the path that the exception's own message carries. */
    static String cannotRead(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied (the user the app runs as may not read it: check the file's"
                    + " permissions)";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return "cannot be read: " + fileSystem.getReason();
        }
        return "cannot be read (" + e.getClass().getSimpleName() + ")";
    }
}

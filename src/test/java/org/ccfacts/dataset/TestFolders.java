package org.ccfacts.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tests that edit data work on a copy: the files of a data folder (data/ or a fixture) copied into a temporary one. */
public final class TestFolders {

    private TestFolders() {
    }

    /** Copies every file of {@code from} (not its sub-folders' contents) into {@code into}. */
    public static void copyFiles(Path from, Path into) throws IOException {
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, into.resolve(file.getFileName()));
            }
        }
    }
}

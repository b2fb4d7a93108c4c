package org.ccfacts.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the reader does with a data file that is not an ordinary file inside the data folder: a device, a
 * pipe, a link leading out of the folder, a file it may not read. Each is refused with the file's name and
 * a plain reason, quickly, without exhausting memory, and without naming server paths.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "device files, FIFOs and POSIX permissions")
class DataFileAccessTest {

    private final DatasetReader reader = new DatasetReader(Clock.systemUTC());

    @TempDir
    Path folder;

    @TempDir
    Path elsewhere;

    @Test
    void aLinkToAnEndlessDeviceIsRefusedWithoutReadingIt() throws IOException {
        DatasetReaderTest.copyFixture("valid", folder);
        replaceWithLink("polls.yaml", Path.of("/dev/zero"));

        DatasetError error = onlyError();

        assertThat(error.file()).isEqualTo("polls.yaml");
        assertThat(error.message()).contains("not an ordinary file");
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        DatasetReaderTest.copyFixture("valid", folder);
        Files.delete(folder.resolve("polls.yaml"));
        mkfifo(folder.resolve("polls.yaml"));

        // a reader that opened the pipe would wait for a writer for ever: the assertion would never be reached
        DatasetError error = onlyError();

        assertThat(error.file()).isEqualTo("polls.yaml");
        assertThat(error.message()).contains("not an ordinary file");
    }

    @Test
    void aLinkToAFileOutsideTheDataFolderIsRefused() throws IOException {
        DatasetReaderTest.copyFixture("valid", folder);
        // a perfectly valid file: only where it lives is wrong
        Path outside = Files.copy(folder.resolve("polls.yaml"), elsewhere.resolve("polls.yaml"));
        replaceWithLink("polls.yaml", outside);

        DatasetError error = onlyError();

        assertThat(error.file()).isEqualTo("polls.yaml");
        assertThat(error.message()).contains("outside the data folder").doesNotContain(elsewhere.toString());
    }

    @Test
    void aLinkToAFileInsideTheDataFolderIsRead() throws IOException {
        DatasetReaderTest.copyFixture("valid", folder);
        Path archive = Files.createDirectory(folder.resolve("archive"));
        Path inside = Files.copy(folder.resolve("polls.yaml"), archive.resolve("polls-2025.yaml"));
        replaceWithLink("polls.yaml", folder.relativize(inside));

        assertThat(reader.read(folder).poll("poll")).isPresent();
    }

    @Test
    void aFolderInPlaceOfAFileIsRefused() throws IOException {
        DatasetReaderTest.copyFixture("valid", folder);
        Files.delete(folder.resolve("polls.yaml"));
        Files.createDirectory(folder.resolve("polls.yaml"));

        DatasetError error = onlyError();

        assertThat(error.file()).isEqualTo("polls.yaml");
        assertThat(error.message()).contains("is a folder");
    }

    @Test
    void aLinkToNothingIsNamedAsSuch() throws IOException {
        DatasetReaderTest.copyFixture("valid", folder);
        replaceWithLink("polls.yaml", folder.resolve("gone.yaml"));

        DatasetError error = onlyError();

        assertThat(error.file()).isEqualTo("polls.yaml");
        assertThat(error.message()).contains("link to a file that does not exist");
    }

    @Test
    void aFileThatMayNotBeReadSaysWhy() throws IOException {
        DatasetReaderTest.copyFixture("valid", folder);
        Path polls = folder.resolve("polls.yaml");
        Files.setPosixFilePermissions(polls, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(polls)).as("not running as root, who reads anything").isFalse();

        DatasetError error = onlyError();

        assertThat(error.file()).isEqualTo("polls.yaml");
        assertThat(error.message()).contains("permission denied").doesNotContain(folder.toString());
    }

    @Test
    void whyAFileCannotBeReadIsSaidWithoutItsPath() {
        // the chmod test above is skipped when run as root; this is the same wording, from the exception
        assertThat(DataFiles.cannotRead(new java.nio.file.AccessDeniedException("/srv/ccfacts/data/polls.yaml")))
                .contains("permission denied").doesNotContain("/srv");
        assertThat(DataFiles.cannotRead(new java.nio.file.FileSystemException("/srv/ccfacts/data/polls.yaml", null,
                "Input/output error"))).contains("Input/output error").doesNotContain("/srv");
    }

    @Test
    void noErrorNamesAServerPath() throws IOException {
        DatasetReaderTest.copyFixture("valid", folder);
        Files.delete(folder.resolve("polls.yaml"));
        replaceWithLink("events.yaml", elsewhere.resolve("events.yaml"));
        Files.createDirectory(folder.resolve("lists.yaml.tmp"));
        Files.move(folder.resolve("lists.yaml.tmp"), folder.resolve("lists.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> reader.read(folder));

        assertThat(e.errors()).extracting(DatasetError::file).containsExactly("polls.yaml", "events.yaml", "lists.yaml");
        assertThat(e.errors()).allSatisfy(error -> assertThat(error.message())
                .doesNotContain(folder.toString()).doesNotContain(elsewhere.toString()).doesNotContain("/tmp"));
    }

    @Test
    void aMissingDataFolderIsRefusedWithoutItsPathInTheError() {
        Path missing = folder.resolve("no-such-folder");

        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> reader.read(missing));

        assertThat(e.errors()).singleElement().satisfies(error ->
                assertThat(error.message()).contains("data folder").doesNotContain(folder.toString()));
    }

    @Test
    void atStartUpTheBadFileIsNamedAndTheFolderToo() throws IOException {
        DatasetReaderTest.copyFixture("valid", folder);
        replaceWithLink("polls.yaml", Path.of("/dev/zero"));

        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class,
                () -> new DatasetService(new DatasetProperties(folder), Clock.systemUTC()));

        assertThat(e.errors()).extracting(DatasetError::file).containsExactly("polls.yaml");
        // the operator reading the start-up failure learns which folder; the public status never does
        assertThat(e.getMessage()).contains("polls.yaml").contains(folder.toAbsolutePath().toString());
    }

    private DatasetError onlyError() {
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> reader.read(folder));
        assertThat(e).as("the dataset is refused").isNotNull();
        assertThat(e.errors()).hasSize(1);
        return e.errors().get(0);
    }

    private void replaceWithLink(String file, Path target) throws IOException {
        Files.deleteIfExists(folder.resolve(file));
        Files.createSymbolicLink(folder.resolve(file), target);
    }

    static void mkfifo(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assumeThat(mkfifo.exitValue()).as("mkfifo is available").isZero();
    }
}

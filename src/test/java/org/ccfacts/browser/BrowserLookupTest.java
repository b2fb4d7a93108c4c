package org.ccfacts.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lookup order of README's "needs" column, on a fake PATH of stub files: no browser is run. */
class BrowserLookupTest {

    @TempDir
    Path root;

    private Path first;
    private Path second;

    private String fakePath() throws IOException {
        first = Files.createDirectories(root.resolve("bin1"));
        second = Files.createDirectories(root.resolve("bin2"));
        return first + File.pathSeparator + root.resolve("not-there") + File.pathSeparator + File.pathSeparator + second;
    }

    private static Path stub(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // elsewhere (Windows) every file counts as executable
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return file;
    }

    private BrowserLookup linux(String explicit, String path) {
        return new BrowserLookup(explicit, path, Map.<String, String>of()::get, "Linux", root.resolve("Applications"));
    }

    private static Optional<Path> executable(BrowserLookup lookup) {
        return lookup.find().map(BrowserLookup.Found::executable);
    }

    @Test
    void anExplicitPathWinsOverEverythingOnPath() throws IOException {
        String path = fakePath();
        stub(first.resolve("chromium"));
        Path mine = stub(root.resolve("elsewhere/my-chrome"));

        assertThat(linux(mine.toString(), path).find())
                .contains(new BrowserLookup.Found(mine, "-Dchromium.path"));
    }

    @Test
    void anExplicitPathThatIsNoBrowserStopsTheRunInsteadOfTakingAnother() throws IOException {
        String path = fakePath();
        stub(first.resolve("chromium"));
        Path missing = root.resolve("no/such/chrome");

        assertThatThrownBy(() -> linux(missing.toString(), path).find())
                .isInstanceOf(BrowserMissing.class)
                .hasMessageStartingWith("-Dchromium.path=" + missing + " is not an executable file")
                .hasMessageNotContaining("\n");
    }

    @Test
    void theEmptyDefaultOfThePomMeansNotGiven() throws IOException {
        String path = fakePath();
        Path onPath = stub(second.resolve("google-chrome"));

        assertThat(executable(linux("", path))).contains(onPath);
        assertThat(executable(linux("  ", path))).contains(onPath);
        assertThat(executable(linux(null, path))).contains(onPath);
    }

    @Test
    void onPathTheNamesAreTriedInOrderEachInEveryFolder() throws IOException {
        String path = fakePath();
        stub(first.resolve("google-chrome-stable"));
        stub(first.resolve("google-chrome"));
        Path chromiumBrowser = stub(second.resolve("chromium-browser"));

        // chromium-browser in the last folder beats google-chrome in the first: the name decides first
        assertThat(linux(null, path).find()).contains(new BrowserLookup.Found(chromiumBrowser, "on PATH as chromium-browser"));

        Path chromium = stub(second.resolve("chromium"));
        assertThat(executable(linux(null, path))).contains(chromium);

        Path earlierChromium = stub(first.resolve("chromium"));
        assertThat(executable(linux(null, path))).contains(earlierChromium);
    }

    @Test
    void eachNameOnPathIsFound() throws IOException {
        for (String name : BrowserLookup.NAMES_ON_PATH) {
            Path dir = Files.createDirectories(root.resolve("only-" + name));
            Path browser = stub(dir.resolve(name));

            assertThat(executable(linux(null, dir.toString()))).as(name).contains(browser);
        }
    }

    @Test
    void aFolderOrAFileWeMayNotRunIsPassedOver() throws IOException {
        String path = fakePath();
        Files.createDirectories(first.resolve("chromium"));
        Files.writeString(second.resolve("chromium"), "not executable");
        Path chrome = stub(second.resolve("google-chrome"));

        assertThat(executable(linux(null, path))).contains(chrome);
    }

    @Test
    void aLinkUnderAnotherNameLeadsToTheBrowser() throws IOException {
        String path = fakePath();
        Path real = stub(root.resolve("usr/lib/chromium/chromium"));
        Path link = Files.createSymbolicLink(first.resolve("google-chrome"), real);

        assertThat(executable(linux(null, path))).contains(link);
    }

    @Test
    void nothingOnPathAndNoInstallPlaceOnLinuxFindsNothing() throws IOException {
        String path = fakePath();
        // a Mac's place on a Linux machine is not looked at
        stub(root.resolve("Applications/Google Chrome.app/Contents/MacOS/Google Chrome"));

        assertThat(linux(null, path).find()).isEmpty();
        assertThat(linux(null, null).find()).isEmpty();
    }

    @Test
    void onAMacPathFirstThenChromeThenChromiumInApplications() throws IOException {
        String path = fakePath();
        Path applications = root.resolve("Applications");
        Path chromium = stub(applications.resolve("Chromium.app/Contents/MacOS/Chromium"));
        BrowserLookup mac = new BrowserLookup(null, path, Map.<String, String>of()::get, "Mac OS X", applications);

        assertThat(executable(mac)).contains(chromium);

        Path chrome = stub(applications.resolve("Google Chrome.app/Contents/MacOS/Google Chrome"));
        assertThat(executable(mac)).contains(chrome);

        Path onPath = stub(first.resolve("chromium"));
        assertThat(executable(mac)).contains(onPath);
    }

    @Test
    void onWindowsProgramFilesThenTheX86FolderThenTheUsersOwn() throws IOException {
        String path = fakePath();
        Map<String, String> environment = Map.of("ProgramFiles", root.resolve("pf").toString(),
                "ProgramFiles(x86)", root.resolve("pf86").toString(), "LocalAppData", root.resolve("local").toString());
        BrowserLookup windows = new BrowserLookup(null, path, environment::get, "Windows 11", root.resolve("Applications"));

        assertThat(windows.find()).isEmpty();

        Path usersChromium = stub(root.resolve("local/Chromium/Application/chrome.exe"));
        assertThat(executable(windows)).contains(usersChromium);
        Path usersChrome = stub(root.resolve("local/Google/Chrome/Application/chrome.exe"));
        assertThat(executable(windows)).contains(usersChrome);
        Path x86 = stub(root.resolve("pf86/Google/Chrome/Application/chrome.exe"));
        assertThat(executable(windows)).contains(x86);
        Path allUsers = stub(root.resolve("pf/Google/Chrome/Application/chrome.exe"));
        assertThat(windows.find()).contains(new BrowserLookup.Found(allUsers, "installed in " + allUsers.getParent()));

        // a chromium.exe on PATH comes before any install place
        Path onPath = stub(second.resolve("chromium.exe"));
        assertThat(executable(windows)).contains(onPath);
    }

    @Test
    void windowsWithoutItsFolderVariablesLooksNowhereElse() throws IOException {
        BrowserLookup windows = new BrowserLookup(null, fakePath(), Map.<String, String>of()::get, "Windows 10", root);

        assertThat(windows.installPlaces()).isEmpty();
        assertThat(windows.find()).isEmpty();
    }
}

package org.ccfacts.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.PlaywrightException;

/**
 * The last steps of the lookup: Playwright's own browser, downloaded only as the last resort, and the one line
 * when there is nothing. Playwright's BrowserType is faked: no browser and no network are needed.
 */
class HeadlessChromiumTest {

    @TempDir
    Path root;

    /** What the fake was asked to launch: the executable, or null for Playwright's own browser. */
    private final List<Path> launches = new ArrayList<>();
    private int downloads;

    /** A BrowserType whose launch succeeds when {@code starts} accepts the executable asked for (null: Playwright's own). */
    private BrowserType chromium(Predicate<Path> starts) {
        Browser browser = (Browser) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Browser.class},
                (proxy, method, args) -> method.getName().equals("toString") ? "fake browser" : null);
        return (BrowserType) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {BrowserType.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("launch")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    BrowserType.LaunchOptions options = (BrowserType.LaunchOptions) args[0];
                    assertThat(options.headless).isTrue();
                    assertThat(options.args).isEqualTo(HeadlessChromium.ARGS);
                    launches.add(options.executablePath);
                    if (!starts.test(options.executablePath)) {
                        throw new PlaywrightException("BrowserType.launch: Executable doesn't exist at /somewhere\n"
                                + "╔══════╗\n║ Looks like Playwright was just installed or updated. ║");
                    }
                    return browser;
                });
    }

    private BrowserLookup lookupOnPath(Path... dirs) {
        List<String> path = new ArrayList<>();
        for (Path dir : dirs) {
            path.add(dir.toString());
        }
        return new BrowserLookup(null, String.join(File.pathSeparator, path), Map.<String, String>of()::get, "Linux", root);
    }

    private HeadlessChromium.ManagedDownload download(boolean works) {
        return () -> {
            downloads++;
            return works;
        };
    }

    private Path stubOnPath(String name) throws IOException {
        Path dir = Files.createDirectories(root.resolve("bin"));
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n");
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // elsewhere (Windows) every file counts as executable
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return file;
    }

    @Test
    void aBrowserFoundIsLaunchedAndNothingIsDownloaded() throws IOException {
        Path chrome = stubOnPath("google-chrome");

        HeadlessChromium.Launched launched = HeadlessChromium.launch(chromium(exe -> true), lookupOnPath(chrome.getParent()),
                download(true));

        assertThat(launches).containsExactly(chrome);
        assertThat(downloads).isZero();
        assertThat(launched.how()).isEqualTo(chrome + " (on PATH as google-chrome)");
    }

    @Test
    void aBrowserFoundThatDoesNotStartIsNamedInOneLine() throws IOException {
        Path chrome = stubOnPath("chromium");

        assertThatThrownBy(() -> HeadlessChromium.launch(chromium(exe -> false), lookupOnPath(chrome.getParent()), download(true)))
                .isInstanceOf(BrowserMissing.class)
                .hasMessage("The browser for the browser tests, " + chrome + " (on PATH as chromium), does not start: "
                        + "BrowserType.launch: Executable doesn't exist at /somewhere");
        assertThat(downloads).isZero();
    }

    @Test
    void withNoneFoundPlaywrightsOwnIsUsedWhenAlreadyThere() {
        HeadlessChromium.Launched launched = HeadlessChromium.launch(chromium(exe -> exe == null), lookupOnPath(root),
                download(false));

        assertThat(launches).containsExactly((Path) null);
        assertThat(downloads).isZero();
        assertThat(launched.how()).isEqualTo("Playwright's own Chromium");
    }

    @Test
    void playwrightsOwnIsDownloadedOnlyAsTheLastResort() {
        boolean[] downloaded = {false};
        HeadlessChromium.ManagedDownload works = () -> {
            downloads++;
            downloaded[0] = true;
            return true;
        };

        HeadlessChromium.Launched launched = HeadlessChromium.launch(chromium(exe -> exe == null && downloaded[0]),
                lookupOnPath(root), works);

        assertThat(launches).containsExactly(null, null);
        assertThat(downloads).isOne();
        assertThat(launched.how()).isEqualTo("Playwright's own Chromium, downloaded now");
    }

    @Test
    void aFailedDownloadStopsWithTheOneLineThatSaysWhatToInstall() {
        assertThatThrownBy(() -> HeadlessChromium.launch(chromium(exe -> false), lookupOnPath(root), download(false)))
                .isInstanceOf(BrowserMissing.class)
                .hasMessage(BrowserMissing.INSTALL)
                .hasMessageContaining("apt-get install chromium")
                .hasMessageContaining("Google Chrome or Chromium")
                .hasMessageNotContaining("\n");
        assertThat(downloads).isOne();
    }

    @Test
    void aDownloadThatLeavesNoBrowserStopsTheSameWay() {
        assertThatThrownBy(() -> HeadlessChromium.launch(chromium(exe -> false), lookupOnPath(root), download(true)))
                .isInstanceOf(BrowserMissing.class)
                .hasMessage(BrowserMissing.INSTALL);
        assertThat(launches).containsExactly(null, null);
    }
}

package org.ccfacts.browser;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.impl.driver.Driver;

/**
 * Starts the headless browser of the browser tests and the {@code bench/} probes: the one {@link BrowserLookup}
 * finds, else Playwright's own Chromium — already downloaded, or downloaded now where that works. A machine with
 * none gets {@link BrowserMissing}, one line saying what to install.
 */
public final class HeadlessChromium {

    /** The same flags everywhere: no sandbox (CI runs as root), nothing fetched from the internet by the browser. */
    static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    /** Playwright's headless-only Chromium: what it launches for {@code chromium()} headless, the smallest download. */
    static final String MANAGED_BROWSER = "chromium-headless-shell";

    private HeadlessChromium() {
    }

    /** A Playwright that never downloads by itself: it would fetch every browser it knows; we fetch at most one. */
    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** The browser, headless, found in the README's order. */
    public static Browser launch(Playwright playwright) {
        return launch(playwright.chromium(), BrowserLookup.onThisMachine(), HeadlessChromium::downloadManagedBrowser).browser();
    }

    /** A browser started, and which one (for {@link BrowserCheck}'s line). */
    record Launched(Browser browser, String how) {
    }

    /** Downloads Playwright's own Chromium; false when that is not allowed or does not work. */
    interface ManagedDownload {
        boolean download();
    }

    static Launched launch(BrowserType chromium, BrowserLookup lookup, ManagedDownload managed) {
        var found = lookup.find();
        if (found.isPresent()) {
            String which = found.get().executable() + " (" + found.get().how() + ")";
            try {
                return new Launched(chromium.launch(options().setExecutablePath(found.get().executable())), which);
            } catch (PlaywrightException doesNotStart) {
                throw new BrowserMissing("The browser for the browser tests, " + which + ", does not start: "
                        + doesNotStart.getMessage().lines().findFirst().orElse("").strip());
            }
        }
        try {
            return new Launched(chromium.launch(options()), "Playwright's own Chromium");
        } catch (PlaywrightException notDownloaded) {
            // last resort: fetch it, where the network allows (on our build machines it does not)
        }
        if (!managed.download()) {
            throw BrowserMissing.nothingFound();
        }
        try {
            return new Launched(chromium.launch(options()), "Playwright's own Chromium, downloaded now");
        } catch (PlaywrightException stillMissing) {
            throw BrowserMissing.nothingFound();
        }
    }

    private static BrowserType.LaunchOptions options() {
        return new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGS);
    }

    /**
     * {@code playwright install chromium-headless-shell}, quietly (a failed download prints pages of errors, and
     * the one line of {@link BrowserMissing} says it all). {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD} set in the
     * environment forbids it, as it does for Playwright.
     */
    static boolean downloadManagedBrowser() {
        String skip = System.getenv("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD");
        if (skip != null && !skip.equals("0") && !skip.equals("false")) {
            return false;
        }
        try {
            ProcessBuilder install = Driver.ensureDriverInstalled(Map.of(), false).createProcessBuilder();
            install.command().addAll(List.of("install", MANAGED_BROWSER));
            install.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            Process process = install.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException | RuntimeException cannotRun) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

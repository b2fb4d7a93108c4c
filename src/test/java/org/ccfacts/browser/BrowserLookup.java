package org.ccfacts.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Finds the Chromium-family browser the browser tests and the {@code bench/} probes drive, in the order the
 * README promises: {@code -Dchromium.path} when given, then {@code chromium}, {@code chromium-browser},
 * {@code google-chrome}, {@code google-chrome-stable} on {@code PATH}, then where Chrome and Chromium install
 * themselves on macOS and Windows. Playwright's own browser, the last resort, is {@link HeadlessChromium}'s job:
 * it needs Playwright and perhaps a download.
 *
 * <p>Everything it reads from the machine is a constructor argument, so the order is tested with stub files
 * instead of browsers.
 */
final class BrowserLookup {

    /** Names on {@code PATH}, in order: Debian's and Ubuntu's Chromium first, then Google's Chrome. */
    static final List<String> NAMES_ON_PATH = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

    /** The system property; blank means not given (the pom passes an empty default). */
    static final String PROPERTY = "chromium.path";

    private final String explicitPath;
    private final String searchPath;
    private final UnaryOperator<String> environment;
    private final String osName;
    private final Path macApplications;

    /**
     * @param explicitPath    {@code -Dchromium.path}; null or blank when not given
     * @param searchPath      the {@code PATH} variable
     * @param environment     other environment variables ({@code ProgramFiles}, {@code LocalAppData}, …)
     * @param osName          {@code os.name}: the install places of macOS and Windows are looked at only there
     * @param macApplications {@code /Applications} on a real Mac
     */
    BrowserLookup(String explicitPath, String searchPath, UnaryOperator<String> environment, String osName,
            Path macApplications) {
        this.explicitPath = explicitPath;
        this.searchPath = searchPath;
        this.environment = environment;
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.macApplications = macApplications;
    }

    static BrowserLookup onThisMachine() {
        return new BrowserLookup(System.getProperty(PROPERTY), System.getenv("PATH"), System::getenv,
                System.getProperty("os.name"), Path.of("/Applications"));
    }

    /** A browser found, and how (for the one line that says which browser the tests run on). */
    record Found(Path executable, String how) {
    }

    /**
     * The first browser in the lookup order, or empty when there is none on this machine.
     *
     * @throws BrowserMissing when {@code -Dchromium.path} names no executable file: what was asked for
     *                        explicitly is not silently replaced by another browser
     */
    Optional<Found> find() {
        if (explicitPath != null && !explicitPath.isBlank()) {
            Path explicit = Path.of(explicitPath.strip());
            if (!isExecutableFile(explicit)) {
                throw new BrowserMissing("-D" + PROPERTY + "=" + explicitPath.strip() + " is not an executable file: "
                        + "give the path of Chromium or Chrome, or leave it out to look for one on PATH");
            }
            return Optional.of(new Found(explicit, "-D" + PROPERTY));
        }
        for (String name : NAMES_ON_PATH) {
            for (Path dir : pathDirectories()) {
                for (String file : windows() ? List.of(name + ".exe", name) : List.of(name)) {
                    Path candidate = dir.resolve(file);
                    if (isExecutableFile(candidate)) {
                        return Optional.of(new Found(candidate, "on PATH as " + name));
                    }
                }
            }
        }
        for (Path candidate : installPlaces()) {
            if (isExecutableFile(candidate)) {
                return Optional.of(new Found(candidate, "installed in " + candidate.getParent()));
            }
        }
        return Optional.empty();
    }

    /** Where Chrome's and Chromium's installers put them, for this operating system only. */
    List<Path> installPlaces() {
        List<Path> places = new ArrayList<>();
        if (osName.startsWith("mac")) {
            places.add(macApplications.resolve("Google Chrome.app/Contents/MacOS/Google Chrome"));
            places.add(macApplications.resolve("Chromium.app/Contents/MacOS/Chromium"));
        } else if (osName.startsWith("windows")) {
            // Chrome for all users, its 32-bit build, then the per-user installs (Chromium installs only that way)
            for (String variable : List.of("ProgramFiles", "ProgramFiles(x86)", "LocalAppData")) {
                directory(environment.apply(variable))
                        .ifPresent(root -> places.add(root.resolve("Google").resolve("Chrome").resolve("Application").resolve("chrome.exe")));
            }
            directory(environment.apply("LocalAppData"))
                    .ifPresent(root -> places.add(root.resolve("Chromium").resolve("Application").resolve("chrome.exe")));
        }
        return places;
    }

    private List<Path> pathDirectories() {
        List<Path> dirs = new ArrayList<>();
        if (searchPath != null) {
            for (String entry : searchPath.split(File.pathSeparator)) {
                directory(entry).ifPresent(dirs::add);
            }
        }
        return dirs;
    }

    private boolean windows() {
        return osName.startsWith("windows");
    }

    /** An entry of PATH or an environment variable as a path; empty for blanks and text no path can be made of. */
    private static Optional<Path> directory(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(value.strip()));
        } catch (InvalidPathException notAPath) {
            return Optional.empty();
        }
    }

    /** A regular file (after links) we may run: a folder or a non-executable file of that name is passed over. */
    private static boolean isExecutableFile(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }
}

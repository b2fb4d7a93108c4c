package org.ccfacts.browser;

/**
 * No browser for the browser tests, said in one line that names what to install: Maven prints it once, before
 * the first browser test ({@link BrowserCheck}), instead of a Playwright stack trace per test class.
 */
public final class BrowserMissing extends RuntimeException {

    static final String INSTALL = "No browser for the browser tests: install Chromium (Debian: apt-get install chromium;"
            + " macOS or Windows: Google Chrome or Chromium) or give one with -D" + BrowserLookup.PROPERTY
            + "=/path/to/chrome (looked on PATH for " + String.join(", ", BrowserLookup.NAMES_ON_PATH)
            + ", in the usual install places, and Playwright's own browser could not be downloaded)";

    BrowserMissing(String message) {
        // no stack trace: where it was thrown says nothing the message does not
        super(message, null, false, false);
    }

    static BrowserMissing nothingFound() {
        return new BrowserMissing(INSTALL);
    }
}

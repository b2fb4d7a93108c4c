package org.ccfacts.browser;

import com.microsoft.playwright.Playwright;

/**
 * Run by Maven (the pom's {@code exec-maven-plugin}, phase {@code pre-integration-test}) once before the browser
 * tests: starts the browser they will use and says which, or stops the build with {@link BrowserMissing}'s one
 * line — instead of one Playwright stack trace per browser test class. (Maven prints the exception it throws,
 * without a stack trace, and ends the build with the same line.)
 */
public final class BrowserCheck {

    private BrowserCheck() {
    }

    public static void main(String[] args) {
        if (browserTestsSkipped()) {
            return;
        }
        try (Playwright playwright = HeadlessChromium.playwright()) {
            HeadlessChromium.Launched launched = HeadlessChromium.launch(playwright.chromium(),
                    BrowserLookup.onThisMachine(), HeadlessChromium::downloadManagedBrowser);
            System.out.println("Browser tests run on " + launched.browser().browserType().name() + " "
                    + launched.browser().version() + ": " + launched.how());
            launched.browser().close();
        }
    }

    /** The check runs in Maven's own JVM, so it sees the command line's -DskipTests and -DskipITs. */
    private static boolean browserTestsSkipped() {
        for (String property : new String[] {"skipTests", "skipITs", "maven.test.skip"}) {
            String value = System.getProperty(property);
            if (value != null && !value.equals("false")) {
                return true;
            }
        }
        return false;
    }
}

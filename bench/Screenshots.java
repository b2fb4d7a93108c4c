import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ccfacts.browser.HeadlessChromium;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;

/**
 * Screenshots for looking at by eye, for bench/screenshots.sh: twelve views of a running app (the dashboard and
 * the About page, English and Arabic, light and dark, at 1280x800, 1920x1080 and 390x844), each as the window
 * (NAME.png) and as the full page (NAME-full.png). Not a test: it checks nothing a person would not check better.
 * Usage: java -cp CLASSPATH Screenshots.java BASE_URL OUT_DIR   (CLASSPATH: see probe_classpath in common.sh)
 */
public class Screenshots {

    record View(String path, String lang, int width, int height, String theme) {
        String name() {
            return (path.equals("/") ? "dashboard" : path.substring(1)) + "-" + lang + "-" + width + "x" + height + "-" + theme;
        }
    }

    static final List<View> VIEWS = List.of(
            new View("/", "en", 1280, 800, "light"), new View("/", "en", 1280, 800, "dark"),
            new View("/", "en", 1920, 1080, "light"), new View("/", "en", 1920, 1080, "dark"),
            new View("/", "en", 390, 844, "light"), new View("/", "en", 390, 844, "dark"),
            new View("/about", "en", 1280, 800, "light"), new View("/about", "en", 390, 844, "dark"),
            new View("/", "ar", 1280, 800, "light"), new View("/", "ar", 1280, 800, "dark"),
            new View("/", "ar", 390, 844, "light"), new View("/about", "ar", 1280, 800, "dark"));

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        Path dir = Files.createDirectories(Path.of(args[1]));
        try (Playwright pw = HeadlessChromium.playwright(); Browser browser = HeadlessChromium.launch(pw)) {
            for (View view : VIEWS) {
                try (BrowserContext context = browser.newContext(
                        new Browser.NewContextOptions().setViewportSize(view.width(), view.height()))) {
                    context.addInitScript("localStorage.setItem('ccfacts-theme', '" + view.theme() + "')");
                    Page page = context.newPage();
                    page.navigate(base + view.path() + "?lang=" + view.lang());
                    if (view.path().equals("/")) {
                        page.locator("apex-chart#chart-summit-timeline[data-ready] svg.apexcharts-svg").waitFor();
                    } else {
                        page.locator("#about-sources").waitFor();
                    }
                    page.waitForLoadState(LoadState.NETWORKIDLE);
                    // no round trip in flight (so Vaadin's loading bar is not in the picture)…
                    page.waitForFunction("() => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
                    // …and its loading bar has faded out
                    page.waitForFunction("() => Array.from(document.querySelectorAll('.v-status-message, .v-loading-indicator'))"
                            + ".every(bar => getComputedStyle(bar).opacity === '0' || getComputedStyle(bar).display === 'none')");
                    page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(view.name() + ".png")));
                    page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(view.name() + "-full.png")).setFullPage(true));
                    System.out.println(dir.resolve(view.name() + ".png") + ", " + view.name() + "-full.png");
                }
            }
        }
    }
}

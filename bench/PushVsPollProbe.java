import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.ccfacts.browser.HeadlessChromium;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;

/**
 * Browser and heap side of bench/push-vs-poll.sh: what one open dashboard page costs the server's heap, measured
 * with real pages (headless Chromium, one browser context = one Vaadin session each), for whichever way the app
 * was started: as shipped (the new-figures notice polls /api/dataset/status) or with Vaadin push over WebSocket.
 *
 * Warm-up: 3 pages opened and closed (first-use initialisation: Atmosphere, caches). Then ROUNDS rounds of:
 *   1. before: a class histogram of the app (jcmd GC.class_histogram: a full GC, then the live objects), once
 *      the heap has settled (see settled())
 *   2. PAGES pages opened one after another, each waited for until every chart on it is drawn (no apex-chart
 *      without data-ready); with push, each page's WebSocket to ?v-r=push is counted once its first frame came
 *   3. drawn: a histogram at once; then HOLD seconds with every page open (what each page asks of the server while
 *      a reader reads: status fetches, UIDL requests, WebSocket frames); then steady: a histogram again, when the
 *      connections Chromium opened to load each page (6, Tomcat holds a 48 KiB buffer for each) have passed
 *      Tomcat's 60 s keep-alive timeout and only what the page keeps using is left
 *   4. (drawn or steady − before) / PAGES = retained heap per open session; the classes that grew, per session;
 *      the pages are closed (their unload beacons close their UIs; the sessions stay, 30 min timeout).
 * Printed per round, then the medians. Console errors (a CSP violation would be one) are counted and the first shown.
 * MODE push: the app must have push on (else the probe fails), and each page's status fetch is answered in the
 * browser ({}: nothing new) and never sent: with push the notice would come over the WebSocket, so the fetch's
 * keep-alive connection must not be counted against push. MODE poll: push must be off.
 * Usage: java -cp CLASSPATH PushVsPollProbe.java URL APP_PID PAGES ROUNDS HOLD_SECONDS MODE
 */
public class PushVsPollProbe {

    record Histogram(long totalBytes, Map<String, long[]> byClass) {}

    static final String EVERY_CHART_DRAWN = "() => document.querySelectorAll('apex-chart').length > 0"
            + " && !document.querySelector('apex-chart:not([data-ready])')"
            + " && document.querySelectorAll('apex-chart svg.apexcharts-svg').length === document.querySelectorAll('apex-chart').length";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String pid = args[1];
        int pages = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        int holdSeconds = Integer.parseInt(args[4]);
        boolean pushMode = args[5].equals("push");
        AtomicInteger statusFetches = new AtomicInteger();
        AtomicInteger uidlRequests = new AtomicInteger();
        AtomicInteger socketsOpened = new AtomicInteger();
        AtomicInteger framesIn = new AtomicInteger();
        AtomicInteger framesOut = new AtomicInteger();
        List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());
        List<String> socketUrls = Collections.synchronizedList(new ArrayList<>());
        try (Playwright pw = HeadlessChromium.playwright()) {
            // the browser the browser tests use (README, "needs"): HeadlessChromium from the test classes
            Browser browser = HeadlessChromium.launch(pw);
            System.out.printf("browser %s %s; %d pages per round, %d rounds, hold %d s%n",
                    browser.browserType().name(), browser.version(), pages, rounds, holdSeconds);

            for (BrowserContext c : open(browser, url, 3, pushMode, statusFetches, uidlRequests, socketsOpened, framesIn, framesOut,
                    consoleErrors, socketUrls)) {
                c.close();
            }
            boolean push = socketsOpened.get() > 0;
            if (push != pushMode) {
                throw new IllegalStateException("asked to measure " + args[5] + " but the app's pages opened "
                        + socketsOpened.get() + " WebSockets");
            }
            System.out.printf("warm-up: 3 pages opened and closed; WebSockets opened: %d (%s)%s%n", socketsOpened.get(),
                    push ? "push is on: " + socketUrls.get(0).replaceAll("v-uiId=\\d+.*", "v-uiId=…") : "push is off",
                    consoleErrors.isEmpty() ? "; no console errors" : "; console errors: " + consoleErrors.size() + ", first: " + consoleErrors.get(0));
            System.out.flush();

            List<Double> perSessionDrawn = new ArrayList<>();
            List<Double> perSessionSteady = new ArrayList<>();
            Map<String, List<Double>> grown = new HashMap<>();
            for (int round = 1; round <= rounds; round++) {
                Histogram before = settled(pid);
                socketsOpened.set(0);
                consoleErrors.clear();
                long t0 = System.nanoTime();
                List<BrowserContext> contexts = open(browser, url, pages, pushMode, statusFetches, uidlRequests, socketsOpened,
                        framesIn, framesOut, consoleErrors, socketUrls);
                double openSeconds = (System.nanoTime() - t0) / 1e9;
                // at once: every page drawn, but the connections a page opens to load (Chromium: up to 6 per origin,
                // Tomcat: a 48 KiB buffer each) are still open; they close after Tomcat's 60 s keep-alive timeout
                Histogram drawn = histogram(pid);
                int connectionsDrawn = connections(url);
                statusFetches.set(0);
                uidlRequests.set(0);
                framesIn.set(0);
                framesOut.set(0);
                // the measurement window with every page open (a bounded hold, as LoadClient's; Playwright delivers
                // the pages' events while it waits)
                contexts.get(0).pages().get(0).waitForTimeout(holdSeconds * 1000.0);
                int fetches = statusFetches.get(), uidl = uidlRequests.get(), in = framesIn.get(), out = framesOut.get();
                int stillDrawn = 0;
                for (BrowserContext c : contexts) {
                    stillDrawn += c.pages().get(0).locator("apex-chart[data-ready]").count() > 0 ? 1 : 0;
                }
                // steady state: what an open page holds while its reader reads
                Histogram after = histogram(pid);
                int connectionsSteady = connections(url);
                double kibDrawn = (drawn.totalBytes() - before.totalBytes()) / (double) pages / 1024;
                double kib = (after.totalBytes() - before.totalBytes()) / (double) pages / 1024;
                perSessionDrawn.add(kibDrawn);
                perSessionSteady.add(kib);
                System.out.printf("round %d: %d pages opened in %.1f s (WebSockets opened %d); live heap before %,d bytes; "
                                + "every chart drawn: %,d bytes = %.1f KiB per session, %d connections to the app; "
                                + "after %d s more: %,d bytes = %.1f KiB per session, %d connections; VaadinSession +%d, UI +%d; "
                                + "%d pages still showing charts; during the hold, per page per minute: %.1f status fetches%s, "
                                + "%.1f UIDL requests, %.1f WebSocket frames in, %.1f out; console errors: %d%s%n",
                        round, pages, openSeconds, socketsOpened.get(), before.totalBytes(), drawn.totalBytes(), kibDrawn,
                        connectionsDrawn, holdSeconds, after.totalBytes(), kib, connectionsSteady,
                        count(after, before, "com.vaadin.flow.server.VaadinSession"),
                        count(after, before, "com.vaadin.flow.component.UI"), stillDrawn,
                        perMinute(fetches, pages, holdSeconds), pushMode ? " (answered in the browser, not sent)" : "",
                        perMinute(uidl, pages, holdSeconds),
                        perMinute(in, pages, holdSeconds), perMinute(out, pages, holdSeconds), consoleErrors.size(),
                        consoleErrors.isEmpty() ? "" : " (first: " + consoleErrors.get(0) + ")");
                // what shrank while sessions were added is noise in the total (caches, jar directories): shown, not hidden
                System.out.println("    shrank most: " + before.byClass().entrySet().stream()
                        .map(e -> Map.entry(e.getKey(), after.byClass().getOrDefault(e.getKey(), new long[2])[1] - e.getValue()[1]))
                        .filter(e -> e.getValue() < 0).sorted(Map.Entry.comparingByValue()).limit(4)
                        .map(e -> e.getKey() + " " + String.format("%,d", e.getValue()) + " B").toList());
                System.out.println("    grew most: " + after.byClass().entrySet().stream()
                        .map(e -> Map.entry(e.getKey(), e.getValue()[1] - before.byClass().getOrDefault(e.getKey(), new long[2])[1]))
                        .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(4)
                        .map(e -> e.getKey() + " +" + String.format("%,d", e.getValue()) + " B").toList());
                for (var e : after.byClass().entrySet()) {
                    long[] b = before.byClass().getOrDefault(e.getKey(), new long[2]);
                    grown.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add((double) (e.getValue()[1] - b[1]) / pages);
                    grown.computeIfAbsent("#" + e.getKey(), k -> new ArrayList<>()).add((double) (e.getValue()[0] - b[0]) / pages);
                }
                System.out.flush();
                for (BrowserContext c : contexts) {
                    c.unrouteAll(); // a status fetch answered while its context closes fails the close (TargetClosedError)
                    c.close();
                }
            }
            System.out.printf("retained heap per open session, every chart just drawn: median %.1f KiB of %s%n",
                    median(perSessionDrawn), perSessionDrawn.stream().map(v -> String.format("%.1f", v)).toList());
            System.out.printf("retained heap per open session, steady: median %.1f KiB of %s%n", median(perSessionSteady),
                    perSessionSteady.stream().map(v -> String.format("%.1f", v)).toList());
            // the classes each session holds most of (median over the rounds), and everything of push and WebSocket
            System.out.println("classes grown per session, steady (median of the rounds; bytes are shallow sizes):");
            grown.entrySet().stream().filter(e -> !e.getKey().startsWith("#"))
                    .filter(e -> e.getValue().size() == rounds)
                    .filter(e -> median(e.getValue()) >= 1024 || isPush(e.getKey()) && median(grown.get("#" + e.getKey())) >= 0.5)
                    .sorted((a, b) -> Double.compare(median(b.getValue()), median(a.getValue())))
                    .forEach(e -> System.out.printf("    %8.0f B  %6.1f objects  %s%s%n", median(e.getValue()),
                            median(grown.get("#" + e.getKey())), e.getKey(), isPush(e.getKey()) ? "   [push]" : ""));
            double pushBytes = grown.entrySet().stream().filter(e -> !e.getKey().startsWith("#") && isPush(e.getKey()))
                    .filter(e -> e.getValue().size() == rounds).mapToDouble(e -> median(e.getValue())).sum();
            System.out.printf("push and WebSocket classes (org.atmosphere, org.apache.tomcat.websocket, jakarta.websocket, "
                    + "Vaadin's push connection): %.1f KiB per session%n", pushBytes / 1024);
        }
    }

    /**
     * A histogram once the heap has stopped shrinking (two in a row within 64 KiB, 5 s apart, at most a minute):
     * after pages were opened or closed, Tomcat keeps the jars it served static files from open (their central
     * directories, 0.1-0.5 MB each) until its background sweep, every 10 s, closes the unused ones; the closed
     * pages' UIs go with their unload beacons. A "before" taken earlier would count those megabytes as sessions' savings.
     */
    static Histogram settled(String pid) throws Exception {
        Histogram last = histogram(pid);
        for (int i = 0; i < 12; i++) {
            Thread.sleep(5_000); // a bounded pause between two samples, not a wait for an event
            Histogram next = histogram(pid);
            if (Math.abs(last.totalBytes() - next.totalBytes()) < 64 * 1024) {
                return next;
            }
            last = next;
        }
        System.out.println("    (heap not settled after a minute; taken as it is)");
        return last;
    }

    /** Established TCP connections to the app's port (ss, server side): one per open connection of the browser. */
    static int connections(String url) throws Exception {
        int port = java.net.URI.create(url).getPort();
        Process p = new ProcessBuilder("ss", "-Htn", "state", "established", "( sport = :" + port + " )")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return (int) out.lines().filter(l -> !l.isBlank()).count();
    }

    static List<BrowserContext> open(Browser browser, String url, int pages, boolean pushMode, AtomicInteger statusFetches,
            AtomicInteger uidlRequests, AtomicInteger socketsOpened, AtomicInteger framesIn, AtomicInteger framesOut,
            List<String> consoleErrors, List<String> socketUrls) {
        List<BrowserContext> contexts = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
            if (pushMode) {
                context.route("**/api/dataset/status", r -> r.fulfill(new Route.FulfillOptions().setStatus(200)
                        .setContentType("application/json").setBody("{}")));
            }
            Page page = context.newPage();
            AtomicInteger pageSockets = new AtomicInteger();
            page.onRequest(r -> {
                if (r.url().contains("/api/dataset/status")) {
                    statusFetches.incrementAndGet();
                } else if (r.url().contains("v-r=uidl")) {
                    uidlRequests.incrementAndGet();
                }
            });
            page.onConsoleMessage(m -> {
                if (m.type().equals("error")) {
                    consoleErrors.add(m.text().lines().findFirst().orElse(""));
                }
            });
            page.onWebSocket(ws -> {
                socketUrls.add(ws.url());
                ws.onFrameReceived(f -> framesIn.incrementAndGet());
                ws.onFrameSent(f -> framesOut.incrementAndGet());
                // counted once the server's first frame arrived: Atmosphere's handshake, the connection is up
                ws.onFrameReceived(f -> {
                    if (pageSockets.getAndIncrement() == 0) {
                        socketsOpened.incrementAndGet();
                    }
                });
            });
            page.navigate(url);
            page.waitForFunction(EVERY_CHART_DRAWN);
            contexts.add(context);
        }
        return contexts;
    }

    /** Push, WebSocket and Atmosphere classes: what a push connection adds to a session. */
    static boolean isPush(String className) {
        return className.startsWith("org.atmosphere.") || className.startsWith("org.apache.tomcat.websocket.")
                || className.startsWith("jakarta.websocket.") || className.contains("Push")
                || className.contains("Atmosphere") || className.contains("WebSocket");
    }

    /** jcmd PID GC.class_histogram: forces a full GC, then lists the live objects per class. */
    static Histogram histogram(String pid) throws Exception {
        Process p = new ProcessBuilder("jcmd", pid, "GC.class_histogram").redirectErrorStream(true).start();
        Map<String, long[]> byClass = new HashMap<>();
        long total = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 4 && f[0].endsWith(":") && f[1].matches("\\d+")) {
                    byClass.merge(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])},
                            (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
                } else if (f.length == 3 && f[0].equals("Total")) {
                    total = Long.parseLong(f[2]);
                }
            }
        }
        if (p.waitFor() != 0 || total < 0) {
            throw new IllegalStateException("jcmd " + pid + " GC.class_histogram failed");
        }
        return new Histogram(total, byClass);
    }

    static long count(Histogram after, Histogram before, String... classNames) {
        long n = 0;
        for (String c : classNames) {
            n += after.byClass().getOrDefault(c, new long[2])[0] - before.byClass().getOrDefault(c, new long[2])[0];
        }
        return n;
    }

    static double perMinute(int events, int pages, int seconds) {
        return events * 60.0 / pages / seconds;
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
    }
}

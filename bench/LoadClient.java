import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens N real Vaadin 25 sessions against one server, the way the production browser client does
 * (recorded from Chromium's network log):
 *   1. GET {path}                         the bootstrap page; sets JSESSIONID
 *   2. GET /?v-r=init&location=&query=    the UI's initial state; carries the CSRF token (Vaadin-Security-Key)
 *   3. POST /?v-r=uidl&v-uiId=N           {"csrfToken":..,"rpc":[ui-navigate event on node 1],"syncId":0,"clientId":0}
 *                                         the view: must contain the first chart's setConfig call
 *   4. POST /?v-r=uidl&v-uiId=N           {"rpc":[{"type":"channel","node":..,"channel":..,"args":[false]}],"syncId":1,"clientId":1}
 *                                         the answer the browser sends at once to the view's executeJs calls
 *                                         (the theme switch asks whether the page is dark: false, in light mode)
 * then keeps every session open (one heartbeat each after all are open) for HOLD seconds.
 * Usage: java LoadClient.java BASE_URL SESSIONS IN_FLIGHT HOLD_SECONDS
 * Prints p50/p95/max of "bootstrap" (1+2) and "first chart" (3) and the errors. Loopback only.
 */
public class LoadClient {

    record Session(String cookie, int uiId, String csrf) {}

    static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    /**
     * An executeJs whose result is awaited: its resolve channel, then its reject channel on the same node. Vaadin 25
     * writes them {"@v-return":[node,channel]} (Vaadin 24 wrote [2,node,channel]); a browser answers at once, which
     * also replaces the large view response the UI keeps for resending: an unanswered call would leave ~150 KB per
     * session that no real browser leaves.
     */
    static final Pattern EXECUTE_WITH_RETURN = Pattern.compile("\\{\"@v-return\":\\[(\\d+),\\s*(\\d+)]},\\s*\\{\"@v-return\":\\[\\1,\\s*\\d+]}");

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8083";
        int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int inFlight = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        int holdSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        if (!URI.create(base).getHost().matches("localhost|127\\.0\\.0\\.1")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(8)).build();

        List<Long> bootstrapMs = Collections.synchronizedList(new ArrayList<>());
        List<Long> chartMs = Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Session> open = new ConcurrentLinkedQueue<>();
        Semaphore slots = new Semaphore(inFlight);
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            slots.acquire();
            long t0 = System.nanoTime();
            CompletableFuture<Void> f = client.sendAsync(get(base + "/", null), HttpResponse.BodyHandlers.ofString())
                    .thenCompose(page -> {
                        check(page, 200, "page");
                        String cookie = page.headers().firstValue("set-cookie").orElseThrow(() ->
                                new IllegalStateException("no session cookie")).split(";", 2)[0];
                        return client.sendAsync(get(base + "/?v-r=init&location=&query=", cookie),
                                HttpResponse.BodyHandlers.ofString()).thenApply(init -> {
                                    check(init, 200, "init");
                                    String csrf = find(CSRF, init.body(), "CSRF token");
                                    int uiId = Integer.parseInt(find(UI_ID, init.body(), "v-uiId"));
                                    bootstrapMs.add((System.nanoTime() - t0) / 1_000_000);
                                    return new Session(cookie, uiId, csrf);
                                });
                    })
                    .thenCompose(s -> {
                        long t1 = System.nanoTime();
                        String navigate = "{\"csrfToken\":\"" + s.csrf() + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"\",\"query\":\"\",\"appShellTitle\":\"\","
                                + "\"historyState\":null,\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
                        return client.sendAsync(post(base + "/?v-r=uidl&v-uiId=" + s.uiId(), s.cookie(), navigate),
                                HttpResponse.BodyHandlers.ofString()).thenCompose(uidl -> {
                                    check(uidl, 200, "uidl");
                                    if (!uidl.body().contains("setConfig")) {
                                        throw new IllegalStateException("no chart (setConfig) in the view's UIDL");
                                    }
                                    chartMs.add((System.nanoTime() - t1) / 1_000_000);
                                    String answers = answersToExecuteJs(uidl.body());
                                    if (answers.isEmpty()) {
                                        // the dashboard always awaits one (the theme button asks whether the page is
                                        // dark): none found means the client no longer reads Vaadin's format, and the
                                        // heap per session would be measured without the browser's answer
                                        throw new IllegalStateException("no awaited executeJs found in the view's UIDL");
                                    }
                                    String reply = "{\"csrfToken\":\"" + s.csrf() + "\",\"rpc\":[" + answers
                                            + "],\"syncId\":" + find(SYNC_ID, uidl.body(), "syncId") + ",\"clientId\":1}";
                                    return client.sendAsync(post(base + "/?v-r=uidl&v-uiId=" + s.uiId(), s.cookie(), reply),
                                            HttpResponse.BodyHandlers.ofString()).thenAccept(r -> check(r, 200, "executeJs answer"));
                                }).thenRun(() -> open.add(s));
                    })
                    .exceptionally(e -> {
                        errors.add(String.valueOf(e.getCause() != null ? e.getCause() : e));
                        return null;
                    })
                    .whenComplete((v, e) -> {
                        slots.release();
                        done.incrementAndGet();
                    });
            all.add(f);
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        double openSeconds = (System.nanoTime() - start) / 1e9;

        // all sessions are open at the same time now; one heartbeat each proves they are still alive
        List<CompletableFuture<Void>> beats = new ArrayList<>();
        AtomicInteger deadOnHeartbeat = new AtomicInteger();
        for (Session s : open) {
            slots.acquire();
            beats.add(client.sendAsync(post(base + "/?v-r=heartbeat&v-uiId=" + s.uiId(), s.cookie(), ""),
                    HttpResponse.BodyHandlers.discarding()).thenAccept(r -> {
                        if (r.statusCode() != 200) {
                            deadOnHeartbeat.incrementAndGet();
                        }
                    }).exceptionally(e -> {
                        deadOnHeartbeat.incrementAndGet();
                        return null;
                    }).whenComplete((v, e) -> slots.release()));
        }
        CompletableFuture.allOf(beats.toArray(CompletableFuture[]::new)).join();

        System.out.printf("sessions requested %d, in flight at most %d, opened in %.1f s%n", sessions, inFlight, openSeconds);
        System.out.printf("sessions open with the chart config received: %d%n", open.size());
        System.out.printf("bootstrap (page + v-r=init) ms: %s%n", stats(bootstrapMs));
        System.out.printf("first chart (ui-navigate UIDL with setConfig) ms: %s%n", stats(chartMs));
        System.out.printf("errors: %d%s%n", errors.size(), errors.isEmpty() ? "" : " e.g. " + errors.peek());
        System.out.printf("heartbeat failures with all sessions open: %d%n", deadOnHeartbeat.get());
        if (holdSeconds > 0) {
            System.out.printf("holding %d sessions open for %d s%n", open.size(), holdSeconds);
            System.out.flush();
            Thread.sleep(holdSeconds * 1000L); // a bounded hold, not a wait for a condition: the measurement window
        }
        System.exit(errors.isEmpty() && deadOnHeartbeat.get() == 0 ? 0 : 1);
    }

    /**
     * A view's executeJs(...).then(...) calls come as ["script", ..., [2, node, resolveChannel], [2, node, rejectChannel]]
     * in "execute"; the browser answers each on its resolve channel. Answered here as a fresh browser in the
     * light theme would (the dashboard's only such call asks whether the page is dark).
     */
    static String answersToExecuteJs(String uidl) {
        List<String> answers = new ArrayList<>();
        Matcher call = EXECUTE_WITH_RETURN.matcher(uidl);
        while (call.find()) {
            answers.add("{\"type\":\"channel\",\"node\":" + call.group(1) + ",\"channel\":" + call.group(2) + ",\"args\":[false]}");
        }
        return String.join(",", answers);
    }

    static HttpRequest get(String url, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return b.build();
    }

    static HttpRequest post(String url, String cookie, String json) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Cookie", cookie).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static void check(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + r.statusCode());
        }
    }

    static String find(Pattern p, String body, String what) {
        Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + what + " in " + body.substring(0, Math.min(200, body.length())));
        }
        return m.group(1);
    }

    static String stats(List<Long> values) {
        if (values.isEmpty()) {
            return "n/a";
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format("p50 %d, p95 %d, max %d (n=%d)", sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.get(sorted.size() - 1), sorted.size());
    }
}

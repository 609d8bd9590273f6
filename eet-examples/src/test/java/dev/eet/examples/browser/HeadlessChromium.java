package dev.eet.examples.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Headless Chromium driven through chromedriver's W3C WebDriver HTTP protocol with {@link HttpClient} (no
 * Selenium). Starts {@code chromedriver} on a free loopback port, opens one session with the flags
 * {@code --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run} and a fresh
 * {@code --user-data-dir}, and offers navigation, element text, script execution and PNG screenshots.
 *
 * <pre>{@code
 * Optional<Path> chromium = HeadlessChromium.findChromium();
 * assumeTrue(chromium.isPresent() && HeadlessChromium.findDriver().isPresent(), "chromium not installed");
 * try (HeadlessChromium browser = HeadlessChromium.start()) {
 *     browser.open("http://127.0.0.1:7101/");
 *     String height = browser.text("#head-height");
 *     byte[] png = browser.screenshot();
 * }
 * }</pre>
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/lib/chromium/chromium");
    private static final List<String> DRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private final Process driver;
    private final Path profile;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String session;

    private HeadlessChromium(Process driver, Path profile, String base, String session) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
        this.session = session;
    }

    /** @return the Chromium binary, if installed (also {@code EET_CHROMIUM}) */
    public static Optional<Path> findChromium() {
        return find("EET_CHROMIUM", CHROMIUM);
    }

    /** @return the chromedriver binary, if installed (also {@code EET_CHROMEDRIVER}) */
    public static Optional<Path> findDriver() {
        return find("EET_CHROMEDRIVER", DRIVER);
    }

    private static Optional<Path> find(String env, List<String> candidates) {
        String e = System.getenv(env);
        if (e != null && Files.isExecutable(Path.of(e))) {
            return Optional.of(Path.of(e));
        }
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /**
     * Starts chromedriver and a headless browser session (1280 x 900 window).
     *
     * @return the browser
     * @throws IllegalStateException if Chromium or chromedriver is missing or the session cannot start
     */
    public static HeadlessChromium start() {
        Path chromium = findChromium().orElseThrow(() -> new IllegalStateException("chromium not installed"));
        Path chromedriver = findDriver().orElseThrow(() -> new IllegalStateException("chromedriver not installed"));
        Process driver = null;
        Path profile = null;
        try {
            int port;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = s.getLocalPort();
            }
            profile = Files.createTempDirectory("eet-chromium-profile");
            driver = new ProcessBuilder(chromedriver.toString(), "--port=" + port)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String base = "http://127.0.0.1:" + port;
            HttpClient client = HttpClient.newHttpClient();
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (true) {
                try {
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/status")).GET()
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && MAPPER.readTree(r.body()).path("value").path("ready").asBoolean()) {
                        break;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                if (System.nanoTime() > end) {
                    throw new IllegalStateException("chromedriver did not become ready on port " + port);
                }
                Thread.sleep(100);
            }
            ObjectNode caps = MAPPER.createObjectNode();
            ObjectNode chrome = caps.putObject("capabilities").putObject("alwaysMatch");
            chrome.put("browserName", "chrome");
            ObjectNode opts = chrome.putObject("goog:chromeOptions");
            opts.put("binary", chromium.toString());
            ArrayNode args = opts.putArray("args");
            for (String a : List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,900",
                    "--user-data-dir=" + profile)) {
                args.add(a);
            }
            JsonNode created = call(client, "POST", base + "/session", caps);
            String session = created.path("value").path("sessionId").asText();
            if (session.isEmpty()) {
                throw new IllegalStateException("chromedriver: no session: " + created);
            }
            return new HeadlessChromium(driver, profile, base, session);
        } catch (IOException e) {
            stop(driver, profile);
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            stop(driver, profile);
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            stop(driver, profile);
            throw e;
        }
    }

    private static JsonNode call(HttpClient client, String method, String url, JsonNode body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.method(method, HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body)));
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = MAPPER.readTree(r.body());
        if (r.statusCode() >= 400) {
            throw new IllegalStateException("webdriver " + method + " " + url + ": " + r.statusCode() + " "
                    + json.path("value").path("message").asText(r.body()));
        }
        return json;
    }

    private JsonNode session(String method, String path, JsonNode body) {
        try {
            return call(http, method, base + "/session/" + session + path, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param url the page to load (waits for the load event)
     */
    public void open(String url) {
        session("POST", "/url", MAPPER.createObjectNode().put("url", url));
    }

    /**
     * @param css a CSS selector
     * @return the visible text of the first matching element, or empty if none
     */
    public Optional<String> text(String css) {
        String script = "const e = document.querySelector(arguments[0]); return e === null ? null : e.innerText;";
        JsonNode v = execute(script, css);
        return v.isNull() || v.isMissingNode() ? Optional.empty() : Optional.of(v.asText());
    }

    /**
     * @param script a function body; {@code arguments[i]} are the args
     * @param args string arguments
     * @return the script's return value
     */
    public JsonNode execute(String script, String... args) {
        ObjectNode body = MAPPER.createObjectNode().put("script", script);
        ArrayNode a = body.putArray("args");
        for (String s : args) {
            a.add(s);
        }
        return session("POST", "/execute/sync", body).path("value");
    }

    /**
     * Polls the page until a selector's text satisfies a condition.
     *
     * @param css a CSS selector
     * @param condition on the text
     * @param timeout how long
     * @return the last text seen, if the condition held in time
     * @throws InterruptedException if interrupted
     */
    public Optional<String> awaitText(String css, Predicate<String> condition, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            Optional<String> t = text(css);
            if (t.isPresent() && condition.test(t.get())) {
                return t;
            }
            Thread.sleep(200);
        }
        return Optional.empty();
    }

    /** @return a PNG screenshot of the viewport */
    public byte[] screenshot() {
        return Base64.getDecoder().decode(session("GET", "/screenshot", null).path("value").asText());
    }

    @Override
    public void close() {
        try {
            session("DELETE", "", null);
        } catch (RuntimeException e) {
            // the browser may already be gone
        }
        stop(driver, profile);
    }

    private static void stop(Process driver, Path profile) {
        if (driver != null) {
            driver.destroy();
            try {
                if (!driver.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                    driver.destroyForcibly();
                }
            } catch (InterruptedException e) {
                driver.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // temporary profile
            }
        }
    }
}

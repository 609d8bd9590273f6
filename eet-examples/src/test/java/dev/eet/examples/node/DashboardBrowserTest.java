package dev.eet.examples.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.eet.examples.browser.HeadlessChromium;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The explorer dashboard in headless Chromium: it shows the head height advancing and the new trade after orders
 * are submitted through the HTTP API and the period closes. Skipped (assumption naming chromium) only where
 * Chromium or chromedriver is not installed; {@code .ci/run} installs both.
 */
class DashboardBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void dashboardShowsTheNewTradeAndTheHeadAdvancing() throws Exception {
        assumeTrue(HeadlessChromium.findChromium().isPresent(),
                "chromium not found (install Debian's chromium and chromium-driver; .ci/run does)");
        assumeTrue(HeadlessChromium.findDriver().isPresent(),
                "chromedriver for chromium not found (install Debian's chromium-driver; .ci/run does)");
        try (LocalNetwork net = LocalNetwork.builder(dir).nodes(1).start();
             HeadlessChromium browser = HeadlessChromium.start()) {
            ExchangeNode node = net.node(0);
            browser.open(node.httpUrl() + "/");
            Optional<String> first = browser.awaitText("#head-height", t -> t.matches("-?\\d+"), WAIT);
            assertTrue(first.isPresent(), "the dashboard shows the head height");
            long before = Long.parseLong(first.get());
            assertEquals(Optional.of("node1"), browser.text("#node-id"));

            HttpClient http = HttpClient.newHttpClient();
            for (String order : new String[] {
                    "{ \"id\": \"S1\", \"participant\": \"S1\", \"side\": \"SELL\", \"price\": 0.41, \"quantityKwh\": 220 }",
                    "{ \"id\": \"B1\", \"participant\": \"B1\", \"side\": \"BUY\", \"price\": 0.53, \"quantityKwh\": 400 }"}) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(node.httpUrl() + "/orders"))
                        .POST(HttpRequest.BodyPublishers.ofString(order)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(202, r.statusCode(), r.body());
            }
            assertTrue(node.await(() -> node.state().order(dev.eet.api.model.OrderId.of("B1")).isPresent(), WAIT));
            long period = node.closePeriod();

            Optional<String> trade = browser.awaitText("#trades", t -> t.contains("S1") && t.contains("B1")
                    && t.contains("220") && t.contains("0.47"), WAIT);
            assertTrue(trade.isPresent(), "the dashboard lists the trade S1 -> B1 220 kWh at 0.47: "
                    + browser.text("#trades") + " / error: " + browser.text("#error"));
            assertTrue(trade.get().startsWith(String.valueOf(period)), trade.get());
            Optional<String> after = browser.awaitText("#head-height",
                    t -> t.matches("-?\\d+") && Long.parseLong(t) > before, WAIT);
            assertTrue(after.isPresent(), "head height advanced past " + before);
            node.uploadActual(dev.eet.api.model.ParticipantId.of("S1"), period, dev.eet.api.value.Energy.ofKwh(220));
            node.uploadActual(dev.eet.api.model.ParticipantId.of("B1"), period, dev.eet.api.value.Energy.ofKwh(-400));
            assertTrue(browser.awaitText("#balances", t -> t.contains("S1") && t.contains("GRID"), WAIT).isPresent(),
                    "balances listed after settlement");
            byte[] png = browser.screenshot();
            assertTrue(png.length > 1000 && png[0] == (byte) 0x89 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G',
                    "a PNG screenshot");
            Path out = Path.of("target", "dashboard.png");
            Files.createDirectories(out.getParent());
            Files.write(out, png);
        }
    }
}

package dev.eet.examples.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eet.examples.cli.CliRunAccess;
import dev.eet.examples.cli.Json;
import dev.eet.examples.node.ExchangeState.Phase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The node's HTTP API on a one-node network: every endpoint, the error contract, limits, and state untouched by bad input. */
class NodeHttpApiTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String S1 = "{ \"id\": \"S1\", \"participant\": \"S1\", \"side\": \"SELL\", \"price\": 0.41, "
            + "\"reservePrice\": 0.34, \"quantityKwh\": 220 }";
    private static final String B1 = "{ \"id\": \"B1\", \"participant\": \"B1\", \"side\": \"BUY\", \"price\": 0.53, "
            + "\"reservePrice\": 0.58, \"quantityKwh\": 400 }";

    @TempDir
    Path dir;
    private LocalNetwork net;
    private ExchangeNode node;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        net = LocalNetwork.builder(dir).nodes(1).limits(new NodeConfig.Limits(2048, 1000, 1000)).start();
        node = net.node(0);
    }

    @AfterEach
    void stop() {
        net.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(node.httpUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(node.httpUrl() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.MAPPER.readTree(r.body());
    }

    @Test
    void ordersTradesAccountsBlocksAndMetrics() throws Exception {
        HttpResponse<String> health = get("/health");
        assertEquals(200, health.statusCode());
        assertEquals("ok", json(health).get("status").asText());
        HttpResponse<String> a = post("/orders", S1);
        assertEquals(202, a.statusCode(), a.body());
        assertEquals("S1", json(a).get("id").asText());
        assertEquals(64, json(a).get("transaction").asText().length());
        assertEquals(202, post("/orders", B1).statusCode());
        assertTrue(node.await(() -> node.state().order(dev.eet.api.model.OrderId.of("B1")).isPresent(), WAIT));
        assertEquals("open", json(get("/orders/S1")).get("status").asText());
        long k = node.closePeriod();
        assertTrue(node.awaitPeriod(k, Phase.MATCHED, WAIT));

        JsonNode trades = json(get("/trades?period=" + k));
        assertEquals(Json.MAPPER.readTree("""
                [ { "period": 1, "seller": "S1", "buyer": "B1", "sellOrder": "S1", "buyOrder": "B1",
                    "quantityKwh": 220, "price": 0.47, "round": 1 } ]"""), trades.get("trades"));
        assertEquals(180, trades.get("gridTrades").get(0).get("quantityKwh").asInt());
        JsonNode order = json(get("/orders/B1"));
        assertEquals("matched", order.get("status").asText());
        assertEquals(1, order.get("trades").size());

        node.uploadActual(dev.eet.api.model.ParticipantId.of("S1"), k, dev.eet.api.value.Energy.ofKwh(220));
        node.uploadActual(dev.eet.api.model.ParticipantId.of("B1"), k, dev.eet.api.value.Energy.ofKwh(-400));
        assertTrue(node.awaitPeriod(k, Phase.SETTLED, WAIT));
        assertEquals("settled", json(get("/orders/S1")).get("status").asText());
        JsonNode b1 = json(get("/accounts/B1"));
        assertEquals("-209.6", b1.get("balance").decimalValue().toPlainString());   // 220 x 0.47 + 180 x 0.59
        assertEquals(2, b1.get("postings").size());
        assertEquals("103.4", json(get("/accounts/S1")).get("balance").decimalValue().toPlainString());
        assertEquals(0, json(get("/accounts")).get("total").decimalValue().signum());

        JsonNode status = json(get("/status"));
        assertEquals("node1", status.get("node").asText());
        assertEquals("pbft", status.get("protocol").asText());
        assertEquals(2, status.get("period").get("open").asInt());
        long height = status.get("head").get("height").asLong();
        assertEquals(json(get("/head")).get("hash").asText(), status.get("head").get("hash").asText());
        JsonNode block0 = json(get("/blocks/0"));
        assertEquals(0, block0.get("height").asInt());
        assertEquals("order", block0.get("transactions").get(0).get("type").asText());
        assertTrue(block0.get("transactions").get(0).get("outcome").asText().startsWith("accepted"));
        assertEquals(json(get("/blocks/" + height)).get("hash").asText(), status.get("head").get("hash").asText());
        assertEquals(404, get("/blocks/" + (height + 1)).statusCode());
        assertEquals(400, get("/blocks/x").statusCode());

        HttpResponse<String> metrics = get("/metrics");
        assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        String m = metrics.body();
        assertTrue(m.contains("# TYPE eet_blocks_committed_total counter"), m);
        assertTrue(m.contains("eet_orders_accepted_total{node=\"node1\"} 2"), m);
        assertTrue(m.contains("# TYPE eet_consensus_latency_seconds histogram"), m);
        assertTrue(m.contains("eet_consensus_latency_seconds_bucket{node=\"node1\",le=\"+Inf\"} "), m);
        assertTrue(m.contains("eet_view_changes_total{node=\"node1\"} 0"), m);
        assertTrue(get("/").body().contains("EET node explorer"));
        assertEquals(404, get("/nothing").statusCode());
    }

    @Test
    void badOrdersGetTheCliErrorAndChangeNothing() throws Exception {
        String bad = "{ \"id\": \"S9\", \"participant\": \"S9\", \"side\": \"SELL\", \"price\": 0.41, \"quantityKwh\": -3 }";
        HttpResponse<String> r = post("/orders", bad);
        assertEquals(400, r.statusCode());
        assertEquals("order S9: quantityKwh: must be positive, was -3", json(r).get("error").asText());
        // the same message as eet match, from the same parser
        Path book = dir.resolve("book.json");
        Files.writeString(book, "{ \"mechanism\": \"cda\", \"orders\": [" + bad + "] }");
        assertEquals("eet match: order S9: quantityKwh: must be positive, was -3",
                CliRunAccess.stderrOf("match", "--input", book.toString()).strip());
        assertEquals(400, post("/orders", "{ \"id\": \"S9\", \"participant\": \"S9\", \"side\": \"SELL\", "
                + "\"price\": 0.41, \"quantityKwh\": 1, \"colour\": \"red\" }").statusCode());
        assertEquals(400, post("/orders", "{ not json").statusCode());
        assertTrue(json(post("/orders", "{ not json")).get("error").asText().startsWith("request body: malformed JSON"));
        assertEquals(400, post("/orders", "").statusCode());
        HttpResponse<String> grid = post("/orders", "{ \"id\": \"G\", \"participant\": \"GRID\", \"side\": \"SELL\", "
                + "\"price\": 0.1, \"quantityKwh\": 1 }");
        assertEquals(400, grid.statusCode());
        assertTrue(json(grid).get("error").asText().startsWith("order G: participant:"), grid.body());
        assertEquals(202, post("/orders", S1).statusCode());
        HttpResponse<String> dup = post("/orders", S1);
        assertEquals(400, dup.statusCode());
        assertTrue(json(dup).get("error").asText().startsWith("order S1: id: already"), dup.body());
        HttpResponse<String> big = post("/orders", "{ \"id\": \"" + "x".repeat(4000) + "\" }");
        assertEquals(413, big.statusCode());
        assertEquals("request body too large: limit maxBodyBytes=2048 bytes", json(big).get("error").asText());

        assertTrue(node.await(() -> node.state().order(dev.eet.api.model.OrderId.of("S1")).isPresent(), WAIT));
        Thread.sleep(300);   // nothing else is on its way: the refused orders never became transactions
        assertEquals(1, node.state().transactions());
        assertFalse(node.state().order(dev.eet.api.model.OrderId.of("S9")).isPresent());
        assertFalse(node.state().order(dev.eet.api.model.OrderId.of("G")).isPresent());
        assertEquals(404, get("/orders/S9").statusCode());
        assertEquals("order S9: id: not on the chain", json(get("/orders/S9")).get("error").asText());
        assertEquals(7, node.metrics().ordersRejected());
        assertEquals(1, node.metrics().ordersAccepted());
        assertEquals(400, get("/trades?period=zero").statusCode());
        assertEquals(405, http.send(HttpRequest.newBuilder(URI.create(node.httpUrl() + "/head"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }
}

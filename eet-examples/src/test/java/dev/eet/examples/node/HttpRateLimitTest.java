package dev.eet.examples.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eet.examples.cli.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client above its request rate gets 429 with a one-line error naming the limit; the order is not taken. */
class HttpRateLimitTest {
    @TempDir
    Path dir;

    @Test
    void tooManyRequestsNamesTheLimitAndTakesNothing() throws Exception {
        try (LocalNetwork net = LocalNetwork.builder(dir).nodes(1).limits(new NodeConfig.Limits(65_536, 1, 2)).start()) {
            ExchangeNode node = net.node(0);
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest health = HttpRequest.newBuilder(URI.create(node.httpUrl() + "/health")).GET().build();
            assertEquals(200, http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(200, http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode());
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(node.httpUrl() + "/orders"))
                    .POST(HttpRequest.BodyPublishers.ofString("{ \"id\": \"S1\", \"participant\": \"S1\", "
                            + "\"side\": \"SELL\", \"price\": 0.41, \"quantityKwh\": 1 }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(429, r.statusCode(), r.body());
            assertEquals("too many requests: limit requestsPerSecond=1 (burst 2) per client",
                    Json.MAPPER.readTree(r.body()).get("error").asText());
            assertEquals("1", r.headers().firstValue("Retry-After").orElse(""));
            assertEquals(0, node.metrics().ordersAccepted());
            Thread.sleep(200);
            assertEquals(0, node.state().transactions());
        }
    }
}

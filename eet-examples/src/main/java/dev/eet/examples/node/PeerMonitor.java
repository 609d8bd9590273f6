package dev.eet.examples.node;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eet.api.consensus.NodeId;
import dev.eet.examples.cli.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Polls every other member's {@code GET /status} once per interval: which peers answer and how far their chains
 * reach. The node is "in sync" when it is no more than a few blocks behind the highest peer that answered.
 */
final class PeerMonitor {
    private final Map<NodeId, String> urls;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
    private final Map<NodeId, Long> heights = new ConcurrentHashMap<>();
    private final Map<NodeId, Long> seenAt = new ConcurrentHashMap<>();
    private final Duration fresh;

    /**
     * @param urls the peers' HTTP base URLs (this node excluded)
     * @param fresh how long an answer counts as "connected"
     */
    PeerMonitor(Map<NodeId, String> urls, Duration fresh) {
        this.urls = new TreeMap<>(urls);
        this.fresh = fresh;
    }

    /** Polls every peer once (called from the node's duty thread). */
    void poll() {
        for (Map.Entry<NodeId, String> e : urls.entrySet()) {
            client.sendAsync(HttpRequest.newBuilder(URI.create(e.getValue() + "/status"))
                            .timeout(Duration.ofMillis(800)).GET().build(), HttpResponse.BodyHandlers.ofString())
                    .thenAccept(r -> {
                        if (r.statusCode() != 200) {
                            return;
                        }
                        try {
                            JsonNode s = Json.MAPPER.readTree(r.body());
                            heights.put(e.getKey(), s.path("head").path("height").asLong(-1));
                            seenAt.put(e.getKey(), System.nanoTime());
                        } catch (Exception ignored) {
                            // a peer that answers garbage counts as not connected
                        }
                    });
        }
    }

    /** @return the peers with a URL */
    int known() {
        return urls.size();
    }

    /** @return the peers that answered recently, with their head heights */
    Map<NodeId, Long> connected() {
        Map<NodeId, Long> out = new TreeMap<>();
        long now = System.nanoTime();
        seenAt.forEach((id, t) -> {
            if (now - t <= fresh.toNanos()) {
                out.put(id, heights.getOrDefault(id, -1L));
            }
        });
        return out;
    }

    /** @return the highest head height among peers that answered recently */
    OptionalLong highestPeerHeight() {
        return connected().values().stream().mapToLong(Long::longValue).max();
    }
}

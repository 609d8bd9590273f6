package dev.eet.examples.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.consensus.ledger.Blocks;
import dev.eet.consensus.ledger.FileLedgerStore;
import dev.eet.examples.cli.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Part 7 of issue 11: four real {@code eet node --config} processes (the test classpath, loopback TCP, fsync'ed
 * ledger files, 2-second trading periods) under a stream of HTTP orders; node3 is killed with SIGKILL in the middle
 * of a period and restarted. It must catch up, and across all nodes no committed transaction may be lost or
 * applied twice: checked by transaction and order ids on every chain, by the chains' common prefix, by each node's
 * /accounts against balances recomputed from its own chain, and finally on the ledger files after SIGTERM (exit 0).
 * An order node3 accepted (202) in the 3 s before it was killed may be lost: 202 means signed and submitted, not
 * committed; every other accepted order must be on every chain exactly once.
 */
class RestartSafetyTest {
    private static final int NODES = 4;
    private static final int KILLED = 2;                       // node3
    private static final Duration WAIT = Duration.ofSeconds(25);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final Process[] processes = new Process[NODES];
    private List<NetworkInit.Entry> entries;

    @Test
    void killNineMidPeriodLosesAndDuplicatesNothing() throws Exception {
        int base = freeBase(2 * NODES);
        entries = NetworkInit.write(new NetworkInit.Plan(NODES, dir, "127.0.0.1", base, "cda",
                Map.of("beta", "0.1", "gridRetailPrice", "0.59", "gridFeedInPrice", "0.31"), "pbft",
                new NodeConfig.PeriodSpec(Duration.ofSeconds(2), true, Duration.ofMillis(500))), new SecureRandom());
        for (NetworkInit.Entry e : entries) {      // the test reads whole chains: lift the per-client rate limit
            com.fasterxml.jackson.databind.node.ObjectNode c =
                    (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(e.config().toFile());
            c.putObject("limits").put("maxBodyBytes", 65_536).put("requestsPerSecond", 100_000).put("burst", 100_000);
            Files.writeString(e.config(), Json.MAPPER.writeValueAsString(c));
        }
        long t0 = System.nanoTime();
        try {
            for (int i = 0; i < NODES; i++) {
                processes[i] = launch(i);
            }
            for (int i = 0; i < NODES; i++) {
                awaitHealthy(i);
            }
            Map<String, Integer> acceptedBy = new ConcurrentHashMap<>();
            Map<String, Long> acceptedAt = new ConcurrentHashMap<>();
            AtomicBoolean streaming = new AtomicBoolean(true);
            Set<Integer> down = ConcurrentHashMap.newKeySet();
            AtomicInteger seq = new AtomicInteger();
            Thread stream = new Thread(() -> {
                while (streaming.get()) {
                    int n = seq.getAndIncrement();
                    int target = n % NODES;
                    if (down.contains(target)) {
                        continue;
                    }
                    String id = "o" + n;
                    boolean sell = n % 2 == 0;
                    String body = "{ \"id\": \"" + id + "\", \"participant\": \"" + (sell ? "S" : "B") + (n % 5)
                            + "\", \"side\": \"" + (sell ? "SELL" : "BUY") + "\", \"price\": "
                            + (sell ? "0.4" + (n % 7) : "0.5" + (n % 7)) + ", \"quantityKwh\": " + (1 + n % 9) + " }";
                    try {
                        HttpResponse<String> r = post(target, "/orders", body);
                        if (r.statusCode() == 202) {
                            acceptedBy.put(id, target);
                            acceptedAt.put(id, System.nanoTime());
                        }
                        Thread.sleep(60);
                    } catch (IOException e) {
                        // node being killed or restarting
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "order-stream");
            stream.start();

            Thread.sleep(3_000);
            long periodAtKill = status(0).get("period").get("open").asLong();
            Thread.sleep(700);                                    // mid-period: periods close at whole seconds / 2
            down.add(KILLED);
            long killedAt = System.nanoTime();
            processes[KILLED].destroyForcibly();
            processes[KILLED].waitFor(10, TimeUnit.SECONDS);
            Thread.sleep(2_500);
            processes[KILLED] = launch(KILLED);
            awaitHealthy(KILLED);
            phase("node3 restarted and healthy", t0);
            down.remove(KILLED);
            Thread.sleep(3_000);
            streaming.set(false);
            stream.join();
            assertTrue(acceptedBy.size() > 20, "orders accepted: " + acceptedBy.size());

            phase("stream done", t0);
            // the latest order accepted by a node that was never killed joined the last period with orders
            String latest = null;
            long latestAt = Long.MIN_VALUE;
            for (Map.Entry<String, Long> e : acceptedAt.entrySet()) {
                if (acceptedBy.get(e.getKey()) != KILLED && e.getValue() > latestAt) {
                    latest = e.getKey();
                    latestAt = e.getValue();
                }
            }
            JsonNode last = awaitOrder(0, latest);
            assertTrue(last != null, "order " + latest + " committed");
            long lastPeriod = last.get("period").asLong();
            long settledPeriod = lastPeriod;
            for (int i = 0; i < NODES; i++) {
                int node = i;
                assertTrue(await(() -> period(node, settledPeriod).equals("settled")), "node" + (i + 1)
                        + " settled period " + settledPeriod);
            }
            assertTrue(lastPeriod > periodAtKill, "periods went on after the kill");
            phase("period " + settledPeriod + " settled everywhere", t0);

            List<ApiChain> chains = new ArrayList<>();
            java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(NODES);
            try {
                List<java.util.concurrent.Future<ApiChain>> reads = new ArrayList<>();
                for (int i = 0; i < NODES; i++) {
                    int node = i;
                    reads.add(readers.submit(() -> checkNodeAgainstItsChain(node)));
                }
                for (java.util.concurrent.Future<ApiChain> f : reads) {
                    try {
                        chains.add(f.get());
                    } catch (java.util.concurrent.ExecutionException e) {
                        if (e.getCause() instanceof AssertionError a) {
                            throw a;
                        }
                        throw e;
                    }
                }
            } finally {
                readers.shutdownNow();
            }
            int shortest = chains.stream().mapToInt(c -> c.hashes().size()).min().orElse(0);
            for (int height = 0; height < shortest; height++) {
                Set<String> atHeight = new HashSet<>();
                for (ApiChain c : chains) {
                    atHeight.add(c.hashes().get(height));
                }
                assertEquals(1, atHeight.size(), "one block at height " + height + " on every node");
            }
            for (String id : acceptedBy.keySet()) {
                boolean lostIsAllowed = acceptedBy.get(id) == KILLED
                        && acceptedAt.get(id) > killedAt - Duration.ofSeconds(3).toNanos();
                for (int i = 0; i < NODES; i++) {
                    int count = chains.get(i).orderCounts().getOrDefault(id, 0);
                    assertTrue(count <= 1, "order " + id + " applied " + count + " times on node" + (i + 1));
                    if (!lostIsAllowed) {
                        assertEquals(1, count, "order " + id + " (accepted by node" + (acceptedBy.get(id) + 1)
                                + ") on the chain of node" + (i + 1));
                    }
                }
            }

            phase("chains checked", t0);
            // clean shutdown: SIGTERM, exit 0, ledger files verify and still agree
            for (int i = 0; i < NODES; i++) {
                processes[i].destroy();
            }
            List<List<Block>> files = new ArrayList<>();
            for (int i = 0; i < NODES; i++) {
                assertTrue(processes[i].waitFor(20, TimeUnit.SECONDS), "node" + (i + 1) + " stopped on SIGTERM");
                assertEquals(0, processes[i].exitValue(), "node" + (i + 1) + " exit code; log:\n" + log(i));
                files.add(readLedger(i));
            }
            int shortestFile = files.stream().mapToInt(List::size).min().orElse(0);
            for (int i = 0; i < NODES; i++) {
                assertNoDuplicateTransactions(files.get(i), "ledger file of node" + (i + 1));
                assertTrue(files.get(i).size() >= chains.get(i).hashes().size(), "ledger file of node" + (i + 1)
                        + " holds every block it served");
            }
            for (int height = 0; height < shortestFile; height++) {
                Set<String> atHeight = new HashSet<>();
                for (List<Block> f : files) {
                    atHeight.add(Blocks.hash(f.get(height)).toHex());
                }
                assertEquals(1, atHeight.size(), "one block at height " + height + " in every ledger file");
                if (height < chains.get(0).hashes().size()) {
                    assertEquals(chains.get(0).hashes().get(height), atHeight.iterator().next(),
                            "ledger file and API agree at height " + height);
                }
            }
        } finally {
            for (Process p : processes) {
                if (p != null && p.isAlive()) {
                    p.destroyForcibly();
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- checks

    /**
     * Reads one node's whole chain over HTTP at a moment its head did not move, checks ids, and compares its
     * /accounts with balances recomputed from the chain's first settlement per period.
     */
    private ApiChain checkNodeAgainstItsChain(int i) throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            long before = status(i).get("head").get("height").asLong();
            JsonNode accounts = json(get(i, "/accounts")).get("accounts");
            long after = status(i).get("head").get("height").asLong();
            if (before != after) {
                continue;
            }
            List<JsonNode> blocks = new ArrayList<>();
            for (long h = 0; h <= before; h++) {
                blocks.add(json(get(i, "/blocks/" + h)));
            }
            Map<String, BigDecimal> recomputed = new TreeMap<>();
            Set<Long> settled = new HashSet<>();
            Set<String> ids = new HashSet<>();
            for (JsonNode b : blocks) {
                for (JsonNode tx : b.get("transactions")) {
                    assertTrue(ids.add(tx.get("id").asText()), "node" + (i + 1) + ": transaction "
                            + tx.get("id").asText() + " twice on the chain");
                    if (!tx.get("type").asText().equals("settlement")) {
                        continue;
                    }
                    long period = tx.get("payload").get("period").asLong();
                    boolean first = settled.add(period);
                    assertEquals(first, tx.get("outcome").asText().startsWith("accepted"), "node" + (i + 1)
                            + ": exactly the first settlement of period " + period + " applies: " + tx.get("outcome"));
                    if (first) {
                        for (JsonNode t : tx.get("payload").get("transfers")) {
                            BigDecimal a = t.get("amount").decimalValue();
                            recomputed.merge(t.get("from").asText(), a.negate(), BigDecimal::add);
                            recomputed.merge(t.get("to").asText(), a, BigDecimal::add);
                        }
                    }
                }
            }
            assertFalse(settled.isEmpty(), "node" + (i + 1) + " has settlements");
            for (Map.Entry<String, BigDecimal> e : recomputed.entrySet()) {
                JsonNode served = accounts.get(e.getKey());
                assertTrue(served != null, "node" + (i + 1) + " /accounts lists " + e.getKey());
                assertEquals(0, e.getValue().compareTo(served.decimalValue()), "node" + (i + 1) + " balance of "
                        + e.getKey() + ": chain says " + e.getValue() + ", /accounts says " + served);
                JsonNode one = json(get(i, "/accounts/" + e.getKey()));
                if (status(i).get("head").get("height").asLong() == before) {
                    assertEquals(0, e.getValue().compareTo(one.get("balance").decimalValue()), e.getKey());
                }
            }
            List<String> hashList = new ArrayList<>();
            Map<String, Integer> counts = new HashMap<>();
            for (JsonNode b : blocks) {
                hashList.add(b.get("hash").asText());
                for (String id : orderIds(b)) {
                    counts.merge(id, 1, Integer::sum);
                }
            }
            return new ApiChain(hashList, counts);
        }
        fail("node" + (i + 1) + "'s head never held still long enough to compare");
        return null;
    }

    /** One node's chain as its API served it: block hashes by height, and how often each order was accepted. */
    private record ApiChain(List<String> hashes, Map<String, Integer> orderCounts) {
    }

    private static List<String> orderIds(JsonNode block) {
        List<String> out = new ArrayList<>();
        for (JsonNode tx : block.get("transactions")) {
            if (tx.get("type").asText().equals("order") && tx.get("outcome").asText().startsWith("accepted")) {
                out.add(tx.get("payload").get("order").get("id").asText());
            }
        }
        return out;
    }

    private static void assertNoDuplicateTransactions(List<Block> chain, String what) {
        Set<String> ids = new HashSet<>();
        for (Block b : chain) {
            for (TransactionEnvelope tx : b.transactions()) {
                assertTrue(ids.add(tx.id().toHex()), what + ": transaction " + tx.id().toHex() + " twice");
            }
        }
    }

    private List<Block> readLedger(int i) {
        List<Block> out = new ArrayList<>();
        try (FileLedgerStore store = FileLedgerStore.open(entries.get(i).nodeConfig().dataDir().resolve("ledger.dat"))) {
            for (long h = 0; h <= store.height(); h++) {
                out.add(store.block(h).orElseThrow());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------- plumbing

    private static void phase(String what, long t0) {
        System.err.printf("restart safety: %s after %.1f s%n", what, (System.nanoTime() - t0) / 1e9);
    }

    private Process launch(int i) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path logFile = dir.resolve("node" + (i + 1) + ".log");
        return new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "dev.eet.examples.cli.Eet", "node", "--config",
                entries.get(i).config().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
    }

    private String log(int i) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("node" + (i + 1) + ".log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private void awaitHealthy(int i) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (System.nanoTime() < end) {
            if (!processes[i].isAlive()) {
                fail("node" + (i + 1) + " exited " + processes[i].exitValue() + ":\n" + log(i));
            }
            try {
                if (get(i, "/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        fail("node" + (i + 1) + " never became healthy:\n" + log(i));
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static boolean await(Check c) throws Exception {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            try {
                if (c.holds()) {
                    return true;
                }
            } catch (IOException e) {
                // retry
            }
            Thread.sleep(100);
        }
        return false;
    }

    private JsonNode awaitOrder(int i, String id) throws Exception {
        JsonNode[] found = new JsonNode[1];
        await(() -> {
            HttpResponse<String> r = get(i, "/orders/" + id);
            if (r.statusCode() == 200 && !json(r).get("status").asText().equals("pending")) {
                found[0] = json(r);
                return true;
            }
            return false;
        });
        return found[0];
    }

    private String period(int i, long k) throws Exception {
        HttpResponse<String> r = get(i, "/periods/" + k);
        return r.statusCode() == 200 ? json(r).get("status").asText() : "unknown";
    }

    private JsonNode status(int i) throws Exception {
        return json(get(i, "/status"));
    }

    private HttpResponse<String> get(int i, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(entries.get(i).httpUrl() + path))
                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int i, String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(entries.get(i).httpUrl() + path))
                .timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return Json.MAPPER.readTree(r.body());
    }

    private static int freeBase(int count) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(20_000, 60_000);
            List<ServerSocket> probes = new ArrayList<>();
            try {
                for (int p = base; p < base + count; p++) {
                    probes.add(new ServerSocket(p, 1, InetAddress.getLoopbackAddress()));
                }
                return base;
            } catch (IOException e) {
                // taken: try another range
            } finally {
                for (ServerSocket s : probes) {
                    s.close();
                }
            }
        }
        throw new IOException("no free range of " + count + " loopback ports");
    }
}

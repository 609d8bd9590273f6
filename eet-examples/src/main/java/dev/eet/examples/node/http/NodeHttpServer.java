package dev.eet.examples.node.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.eet.api.EetException;
import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.CommitCertificate;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.OrderId;
import dev.eet.api.model.Trade;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Money;
import dev.eet.consensus.ledger.Blocks;
import dev.eet.examples.cli.Json;
import dev.eet.examples.node.ExchangeNode;
import dev.eet.examples.node.ExchangeState;
import dev.eet.examples.node.ExchangeTransaction;
import dev.eet.examples.node.NodeConfig;
import dev.eet.examples.node.NodeUnavailableException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's HTTP API on the JDK's built-in server. JSON in and out (exact decimals); every error is
 * {@code {"error": "one line"}}. Limits: a request body above {@code maxBodyBytes} gets 413 and a client above its
 * request rate gets 429, each naming the limit; refused requests change nothing.
 *
 * <table>
 *   <caption>endpoints</caption>
 *   <tr><td>{@code GET /health}</td><td>200 {@code {"status":"ok"}} when in sync, else 503</td></tr>
 *   <tr><td>{@code GET /status}</td><td>node, protocol, role, view, head, peers, period</td></tr>
 *   <tr><td>{@code GET /head}</td><td>height, hash, timestamp, proposer</td></tr>
 *   <tr><td>{@code GET /blocks/{height}}</td><td>header, hash, certificate signers, transactions with
 *       outcome</td></tr>
 *   <tr><td>{@code POST /orders}</td><td>the {@code eet match} order object: 202 {@code {"id", "transaction",
 *       "period"}}; 400 {@code {"error"}} with the CLI's one-line message</td></tr>
 *   <tr><td>{@code GET /orders/{id}}</td><td>status {@code pending | open | matched | unmatched | rejected |
 *       settled}</td></tr>
 *   <tr><td>{@code GET /trades?period=K}</td><td>K's trades and grid trades; without K the latest 100
 *       trades</td></tr>
 *   <tr><td>{@code GET /periods/{k}}</td><td>one period's status, leader, counts and actuals</td></tr>
 *   <tr><td>{@code GET /accounts}, {@code GET /accounts/{participant}}</td><td>all balances; one balance with
 *       postings and reputation</td></tr>
 *   <tr><td>{@code GET /metrics}</td><td>Prometheus text format</td></tr>
 *   <tr><td>{@code GET /}</td><td>the explorer dashboard (HTML + JS from the jar)</td></tr>
 * </table>
 */
public final class NodeHttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NodeHttpServer.class);
    private static final int RECENT_TRADES = 100;

    private final ExchangeNode node;
    private final HttpServer server;
    private final ExecutorService executor;
    private final NodeConfig.Limits limits;
    private final RateLimiter rate;
    private final byte[] dashboard;

    private NodeHttpServer(ExchangeNode node, HttpServer server, ExecutorService executor, NodeConfig.Limits limits) {
        this.node = node;
        this.server = server;
        this.executor = executor;
        this.limits = limits;
        this.rate = new RateLimiter(limits.requestsPerSecond(), limits.burst(), System::nanoTime);
        this.dashboard = resource("dashboard.html");
    }

    /**
     * @param node the node it serves
     * @param address where to listen (port 0: any free port)
     * @param limits body-size and rate limits
     * @return the running server
     * @throws UncheckedIOException if the address cannot be bound
     */
    public static NodeHttpServer start(ExchangeNode node, InetSocketAddress address, NodeConfig.Limits limits) {
        InetSocketAddress bind = address.isUnresolved()
                ? new InetSocketAddress(address.getHostString(), address.getPort()) : address;
        HttpServer server;
        try {
            server = HttpServer.create(bind, 64);
        } catch (IOException e) {
            throw new UncheckedIOException("node " + node.id() + ": http: cannot listen on " + bind.getHostString()
                    + ":" + bind.getPort() + ": " + e.getMessage(), e);
        }
        ExecutorService ex = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "eet-node-" + node.id() + "-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(ex);
        NodeHttpServer s = new NodeHttpServer(node, server, ex, limits);
        server.createContext("/", s::handle);
        server.start();
        return s;
    }

    /** @return the base URL */
    public String url() {
        InetSocketAddress a = server.getAddress();
        return "http://" + a.getHostString() + ":" + a.getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static byte[] resource(String name) {
        try (InputStream in = NodeHttpServer.class.getResourceAsStream("/dev/eet/examples/node/" + name)) {
            if (in == null) {
                return ("<!doctype html><title>eet node</title><p>dashboard resource " + name + " missing")
                        .getBytes(StandardCharsets.UTF_8);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An answer: status, content type, body. */
    private record Reply(int status, String type, byte[] body) {
        static Reply json(int status, JsonNode node) {
            try {
                return new Reply(status, "application/json; charset=utf-8", Json.MAPPER.writeValueAsBytes(node));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        static Reply error(int status, String message) {
            return json(status, Json.object().put("error", message));
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        Reply reply;
        try {
            reply = route(ex);
        } catch (InvalidArgumentException e) {
            reply = Reply.error(400, e.getMessage());
        } catch (NodeUnavailableException e) {
            reply = Reply.error(503, e.getMessage());
        } catch (EetException e) {
            reply = Reply.error(400, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("{}: {} {} failed", node.id(), ex.getRequestMethod(), ex.getRequestURI(), e);
            reply = Reply.error(500, "internal error: " + e);
        }
        if (reply.status() == 413 || reply.status() == 429) {
            node.metrics().recordLimited();
        }
        ex.getResponseHeaders().set("Content-Type", reply.type());
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        if (reply.status() == 429) {
            ex.getResponseHeaders().set("Retry-After", "1");
        }
        ex.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(reply.body());
        }
    }

    private Reply route(HttpExchange ex) throws IOException {
        String client = ex.getRemoteAddress().getAddress().getHostAddress();
        if (!rate.tryAcquire(client)) {
            drain(ex);
            return Reply.error(429, "too many requests: limit " + rate.describe());
        }
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getRawPath();
        String[] parts = path.replaceAll("^/+|/+$", "").split("/", -1);
        String head = parts[0];
        if (method.equals("POST") && path.equals("/orders")) {
            Optional<byte[]> body = readBody(ex);
            if (body.isEmpty()) {
                return Reply.error(413, "request body too large: limit maxBodyBytes=" + limits.maxBodyBytes()
                        + " bytes");
            }
            return postOrder(body.get());
        }
        drain(ex);
        if (!method.equals("GET")) {
            return Reply.error(405, "method " + method + " not allowed on " + path);
        }
        switch (head) {
            case "":
                return new Reply(200, "text/html; charset=utf-8", dashboard);
            case "health":
                return health();
            case "status":
                return Reply.json(200, status());
            case "head":
                return Reply.json(200, headJson());
            case "metrics":
                return new Reply(200, "text/plain; version=0.0.4; charset=utf-8",
                        node.metricsText().getBytes(StandardCharsets.UTF_8));
            case "blocks":
                if (parts.length == 2) {
                    return block(parts[1]);
                }
                break;
            case "orders":
                if (parts.length == 2) {
                    return order(decode(parts[1]));
                }
                break;
            case "trades":
                if (parts.length == 1) {
                    return trades(query(ex, "period"));
                }
                break;
            case "periods":
                if (parts.length == 2) {
                    return period(parts[1]);
                }
                break;
            case "accounts":
                if (parts.length == 1) {
                    return accounts();
                }
                if (parts.length == 2) {
                    return account(decode(parts[1]));
                }
                break;
            default:
                break;
        }
        return Reply.error(404, "no such endpoint: " + method + " " + path);
    }

    /** @return the body, or empty when it is larger than the limit */
    private Optional<byte[]> readBody(HttpExchange ex) throws IOException {
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > limits.maxBodyBytes()) {
                    drain(ex);
                    return Optional.empty();
                }
            } catch (NumberFormatException e) {
                // fall back to counting
            }
        }
        try (InputStream in = ex.getRequestBody()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                if (out.size() > limits.maxBodyBytes()) {
                    in.transferTo(OutputStream.nullOutputStream());
                    return Optional.empty();
                }
            }
            return Optional.of(out.toByteArray());
        }
    }

    private static void drain(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment, StandardCharsets.UTF_8);
    }

    private static Optional<String> query(HttpExchange ex, String name) {
        String q = ex.getRequestURI().getRawQuery();
        if (q == null) {
            return Optional.empty();
        }
        for (String kv : q.split("&")) {
            int eq = kv.indexOf('=');
            String k = decode(eq < 0 ? kv : kv.substring(0, eq));
            if (k.equals(name)) {
                return Optional.of(eq < 0 ? "" : decode(kv.substring(eq + 1)));
            }
        }
        return Optional.empty();
    }

    private static long whole(String text, String subject, String field) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException(subject, field, "must be a whole number, was '" + text + "'");
        }
    }

    // ------------------------------------------------------------------------------------------------ handlers

    private Reply postOrder(byte[] body) {
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            String where = e instanceof JsonProcessingException j && j.getLocation() != null
                    ? " at line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() : "";
            String msg = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            node.metrics().recordRejectedOrder();
            return Reply.error(400, "request body: malformed JSON" + where + ": " + msg);
        }
        if (json == null || json.isMissingNode()) {
            node.metrics().recordRejectedOrder();
            return Reply.error(400, "request body: empty input, expected a JSON object");
        }
        ExchangeNode.OrderReceipt r = node.submitOrder(json);
        ObjectNode out = Json.object().put("id", r.order().value()).put("transaction", r.transaction().toHex())
                .put("period", r.period()).put("status", "submitted");
        return Reply.json(202, out);
    }

    private Reply health() {
        ObjectNode o = Json.object();
        boolean ok = node.inSync();
        o.put("status", ok ? "ok" : node.accepting() ? "syncing" : "stopping");
        o.put("height", node.state().height());
        return Reply.json(ok ? 200 : 503, o);
    }

    private ObjectNode status() {
        ObjectNode o = Json.object();
        o.put("node", node.id().value());
        o.put("protocol", node.config().protocol());
        o.put("matcher", node.config().matcher());
        o.put("role", node.role());
        o.put("view", node.state().view());
        o.set("head", headJson());
        Map<NodeId, Long> peers = node.connectedPeers();
        o.put("peersConnected", peers.size());
        o.put("members", node.config().members().size());
        ArrayNode rotation = o.putArray("rotation");
        node.rotation().forEach(id -> rotation.add(id.value()));
        ArrayNode ps = o.putArray("peers");
        peers.forEach((id, h) -> ps.addObject().put("id", id.value()).put("height", h));
        o.putObject("period").put("open", node.state().openPeriod())
                .put("length", node.config().periods().length().toString())
                .put("auto", node.config().periods().auto());
        o.put("inSync", node.inSync());
        o.put("accepting", node.accepting());
        o.put("transactions", node.state().transactions());
        return o;
    }

    private ObjectNode headJson() {
        ExchangeState s = node.state();
        ObjectNode o = Json.object().put("height", s.height()).put("hash", s.headHash().toHex())
                .put("timestamp", s.headTimestamp());
        node.block(s.height()).ifPresent(b -> o.put("proposer", b.header().proposer().value())
                .put("transactions", b.transactions().size()));
        return o;
    }

    private Reply block(String text) {
        long h = whole(text, "blocks", "height");
        Optional<Block> b = node.block(h);
        if (b.isEmpty()) {
            return Reply.error(404, "blocks: height: no committed block " + h + " (head is " + node.state().height()
                    + ")");
        }
        Block block = b.get();
        ObjectNode o = Json.object().put("height", block.height()).put("hash", Blocks.hash(block).toHex());
        ObjectNode hd = o.putObject("header");
        hd.put("height", block.header().height()).put("previousHash", block.header().previousHash().toHex())
                .put("merkleRoot", block.header().merkleRoot().toHex()).put("timestamp", block.header().timestamp())
                .put("proposer", block.header().proposer().value())
                .put("proposerSignature", block.header().proposerSignature().toHex());
        ArrayNode cert = o.putArray("certificate");
        for (CommitCertificate.Endorsement e : block.certificate().signatures()) {
            cert.add(e.node().value());
        }
        ArrayNode txs = o.putArray("transactions");
        for (TransactionEnvelope tx : block.transactions()) {
            ObjectNode t = txs.addObject().put("id", tx.id().toHex()).put("type", tx.type())
                    .put("sender", tx.sender().value()).put("nonce", tx.nonce()).put("timestamp", tx.timestamp());
            t.put("outcome", node.state().outcome(tx.id()).orElse("unknown"));
            try {
                t.set("payload", ExchangeTransaction.COMPACT.readTree(tx.payload().toArray()));
            } catch (IOException e) {
                t.put("payload", tx.payload().toHex());
            }
        }
        return Reply.json(200, o);
    }

    private Reply order(String id) {
        OrderId oid;
        try {
            oid = OrderId.of(id);
        } catch (InvalidArgumentException e) {
            return Reply.error(400, "orders: id: must not be blank");
        }
        Optional<ExchangeState.OrderView> v = node.state().order(oid);
        if (v.isEmpty()) {
            if (node.isPending(oid)) {
                return Reply.json(200, Json.object().put("id", id).put("status", "pending"));
            }
            return Reply.error(404, "order " + id + ": id: not on the chain");
        }
        ExchangeState.OrderView o = v.get();
        ObjectNode out = Json.object().put("id", id).put("status", o.status()).put("period", o.period())
                .put("participant", o.order().participant().value()).put("side", o.order().side().name());
        out.put("quantityKwh", Json.exact(o.order().quantity().toKwh()));
        out.put("price", Json.exact(o.order().limit().toDecimal()));
        out.put("transaction", o.transaction().toHex()).put("height", o.height());
        ArrayNode trades = out.putArray("trades");
        for (Trade t : node.state().trades(o.period())) {
            if (t.sellOrder().equals(oid) || t.buyOrder().equals(oid)) {
                trades.add(tradeJson(o.period(), t));
            }
        }
        ArrayNode grid = out.putArray("gridTrades");
        node.state().period(o.period()).ifPresent(p -> {
            for (GridTrade g : p.gridTrades()) {
                if (g.order().equals(oid)) {
                    grid.add(gridJson(g));
                }
            }
        });
        return Reply.json(200, out);
    }

    private static ObjectNode tradeJson(long period, Trade t) {
        ObjectNode j = Json.object().put("period", period).put("seller", t.seller().value())
                .put("buyer", t.buyer().value()).put("sellOrder", t.sellOrder().value())
                .put("buyOrder", t.buyOrder().value());
        j.put("quantityKwh", Json.exact(t.quantity().toKwh()));
        j.put("price", Json.exact(t.price().toDecimal()));
        return j.put("round", t.round());
    }

    private static ObjectNode gridJson(GridTrade g) {
        ObjectNode j = Json.object().put("participant", g.participant().value()).put("order", g.order().value())
                .put("side", g.side().name());
        j.put("quantityKwh", Json.exact(g.quantity().toKwh()));
        return j.put("price", Json.exact(g.price().toDecimal()));
    }

    private Reply trades(Optional<String> period) {
        ObjectNode out = Json.object();
        if (period.isEmpty()) {
            ArrayNode ts = out.putArray("trades");
            for (ExchangeState.TradeRecord r : node.state().recentTrades(RECENT_TRADES)) {
                ts.add(tradeJson(r.period(), r.trade()).put("height", r.height()));
            }
            return Reply.json(200, out);
        }
        long k = whole(period.get(), "trades", "period");
        if (k < 1) {
            throw new InvalidArgumentException("trades", "period", "must be >= 1, was " + k);
        }
        out.put("period", k);
        Optional<ExchangeState.PeriodView> p = node.state().period(k);
        out.put("status", p.map(ExchangeState.PeriodView::status).orElse("unknown"));
        ArrayNode ts = out.putArray("trades");
        ArrayNode gs = out.putArray("gridTrades");
        p.ifPresent(v -> {
            v.trades().forEach(t -> ts.add(tradeJson(k, t)));
            v.gridTrades().forEach(g -> gs.add(gridJson(g)));
        });
        return Reply.json(200, out);
    }

    private Reply period(String text) {
        long k = whole(text, "periods", "period");
        Optional<ExchangeState.PeriodView> p = node.state().period(k);
        if (p.isEmpty()) {
            return Reply.error(404, "periods: period: the chain has not reached period " + k);
        }
        ExchangeState.PeriodView v = p.get();
        ObjectNode o = Json.object().put("period", k).put("status", v.status()).put("orders", v.orders())
                .put("closedAt", v.closedAt()).put("trades", v.trades().size()).put("gridTrades", v.gridTrades().size());
        v.leader().ifPresent(l -> o.put("leader", l.value()));
        ObjectNode a = o.putObject("actuals");
        v.actuals().forEach((pid, e) -> a.put(pid.value(), Json.exact(e.toKwh())));
        return Reply.json(200, o);
    }

    private Reply accounts() {
        ObjectNode out = Json.object();
        ObjectNode bs = out.putObject("accounts");
        for (Map.Entry<AccountId, Money> e : node.state().balances().entrySet()) {
            bs.put(e.getKey().value(), Json.exact(e.getValue().toDecimal()));
        }
        out.put("total", Json.exact(node.state().total().toDecimal()));
        return Reply.json(200, out);
    }

    private Reply account(String participant) {
        AccountId id;
        try {
            id = AccountId.of(participant);
        } catch (InvalidArgumentException e) {
            return Reply.error(400, "accounts: participant: must not be blank");
        }
        ExchangeState.AccountView v = node.state().account(id);
        ObjectNode out = Json.object().put("participant", participant);
        out.put("balance", Json.exact(v.balance().toDecimal()));
        out.put("reputation", v.reputation());
        ArrayNode ps = out.putArray("postings");
        for (Transfer t : v.postings()) {
            ObjectNode j = ps.addObject().put("from", t.from().value()).put("to", t.to().value());
            Money signed = t.to().equals(id) ? t.amount() : t.amount().negate();
            j.put("amount", Json.exact(t.amount().toDecimal()));
            j.put("change", Json.exact(signed.toDecimal()));
            j.put("reason", t.reason());
        }
        return Reply.json(200, out);
    }
}

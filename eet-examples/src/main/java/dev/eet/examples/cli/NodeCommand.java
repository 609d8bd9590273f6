package dev.eet.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.MatcherProvider;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.examples.node.ExchangeNode;
import dev.eet.examples.node.NetworkInit;
import dev.eet.examples.node.NodeConfig;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * {@code eet node}: {@code eet node init} writes the configurations of a local network; {@code eet node --config
 * FILE} runs one node until SIGTERM or SIGINT, then shuts down cleanly and exits 0. The signals are caught with
 * {@code sun.misc.Signal} (module jdk.unsupported): a JVM that merely runs shutdown hooks on SIGTERM exits 143, and
 * the contract is a clean shutdown with exit 0. A shutdown hook still closes the node on any other exit.
 */
final class NodeCommand implements Command {

    @Override
    public String name() {
        return "node";
    }

    @Override
    public String summary() {
        return "run one node of a real deployment, or write a local network's configs (node init)";
    }

    @Override
    public String usage() {
        return """
                usage: eet node --config FILE
                       eet node init --nodes N --dir DIR [--base-port P] [--matcher NAME] [--protocol pbft|dpos]
                                     [--period PT15M] [--manual-periods] [--host 127.0.0.1|H1,H2,...]

                eet node --config FILE runs one reference node (consensus member, matcher, settlement, meters and
                the HTTP API) until SIGTERM or SIGINT, then stops taking orders, closes the ledger and exits 0.
                Nodes on other hosts are reached by the addresses in the config's "members". A bad config exits 1
                with one line naming the file and the field.

                eet node init writes DIR/node1/config.json ... DIR/nodeN/config.json, each with a fresh Ed25519 key in
                DIR/nodeK/data/node.key and every member's address and public key, and prints
                  { "nodes": [ { "id", "config", "httpUrl", "consensusAddress" } ] }
                Node K listens for consensus on P + 2(K-1) and for HTTP on P + 2(K-1) + 1 (P defaults to 7100).
                --host names the address every node binds and is reached on, or one address per node
                (--host h1,h2,h3,h4: node K on the K-th) for a network across machines (see deploy/README.md).
                --matcher is any registered matcher (%s); --protocol a consensus provider (default pbft);
                --period the trading-period length (default PT15M); --manual-periods: periods close only via the
                Java API.

                HTTP API: GET /health /status /head /blocks/{height} /orders/{id} /trades?period=K
                /periods/{k} /accounts /accounts/{participant} /metrics, POST /orders (the eet match order
                object; 202 or 400 with the one-line error), GET / (explorer dashboard).""".formatted(
                String.join(", ", ProviderRegistry.load(MatcherProvider.class).names()));
    }

    @Override
    public int run(Args args, CommandIo io) throws Exception {
        if (!args.positional().isEmpty() && args.positional().get(0).equals("init")) {
            if (args.positional().size() > 1) {
                throw new CliException("unexpected argument '" + args.positional().get(1) + "'", 2);
            }
            return init(args, io);
        }
        if (!args.positional().isEmpty()) {
            throw new CliException("unexpected argument '" + args.positional().get(0)
                    + "' (use eet node --config FILE or eet node init)", 2);
        }
        args.requireOnly(Set.of("config"));
        return runNode(args.required("config"), io);
    }

    private static int init(Args args, CommandIo io) {
        args.requireOnly(Set.of("nodes", "dir", "base-port", "matcher", "protocol", "period", "host"));
        int nodes = (int) args.longOption("nodes", -1);
        if (nodes == -1) {
            throw new CliException("missing required option --nodes", 2);
        }
        Path dir = Path.of(args.required("dir"));
        NetworkInit.Plan d = NetworkInit.Plan.defaults(nodes, dir);
        String matcher = args.option("matcher").orElse(d.matcher());
        ProviderRegistry<MatcherProvider> matchers = ProviderRegistry.load(MatcherProvider.class);
        if (matchers.find(matcher).isEmpty()) {
            throw new CliException("--matcher: unknown matcher '" + matcher + "' (known: "
                    + String.join(", ", matchers.names()) + ")", 2);
        }
        Map<String, String> params = matcher.equals("cda") ? d.matcherParams() : Map.of();
        Duration length;
        try {
            length = Duration.parse(args.option("period").orElse("PT15M"));
        } catch (DateTimeParseException e) {
            throw new CliException("--period must be an ISO-8601 duration such as PT15M, was '"
                    + args.option("period").orElse("") + "'", 2);
        }
        boolean manual = args.flag("manual-periods");
        NetworkInit.Plan plan = new NetworkInit.Plan(nodes, dir, args.option("host").orElse(d.host()),
                (int) args.longOption("base-port", d.basePort()), matcher, params,
                args.option("protocol").orElse(d.protocol()), NetworkInit.periods(length, !manual));
        List<NetworkInit.Entry> written = NetworkInit.write(plan, new SecureRandom());
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("nodes");
        for (NetworkInit.Entry e : written) {
            list.addObject().put("id", e.id()).put("config", e.config().toString()).put("httpUrl", e.httpUrl())
                    .put("consensusAddress", e.consensusAddress());
        }
        Json.write(out, io);
        return 0;
    }

    private static int runNode(String file, CommandIo io) throws InterruptedException {
        NodeConfig config = NodeConfig.parse(Json.read(file, io), Path.of(file));
        CountDownLatch stop = new CountDownLatch(1);
        for (String name : List.of("TERM", "INT")) {
            try {
                Signal.handle(new Signal(name), s -> stop.countDown());
            } catch (IllegalArgumentException e) {
                // the signal is not available on this platform
            }
        }
        ExchangeNode node;
        try {
            node = ExchangeNode.start(config, Clock.systemUTC());
        } catch (InvalidArgumentException e) {
            throw new InvalidArgumentException(file, e.field(), e.problem());
        } catch (UncheckedIOException e) {
            throw new CliException(file + ": " + e.getMessage()
                    + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()), e);
        }
        Thread hook = new Thread(node::close, "eet-node-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        io.err().println("eet node " + config.id() + ": http " + node.httpUrl() + ", consensus "
                + config.consensusListen().getHostString() + ":" + config.consensusListen().getPort() + " ("
                + config.protocol() + ", " + config.members().size() + " members), matcher " + config.matcher()
                + ", height " + node.state().height() + "; stop with SIGTERM");
        stop.await();
        io.err().println("eet node " + config.id() + ": stopping");
        node.close();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down
        }
        io.err().println("eet node " + config.id() + ": stopped at height " + node.state().height());
        return 0;
    }
}

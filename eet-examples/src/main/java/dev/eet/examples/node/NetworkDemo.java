package dev.eet.examples.node;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.GridTariff;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.MatcherProvider;
import dev.eet.api.model.Order;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.api.value.Energy;
import dev.eet.examples.demo.DemoRecord;
import dev.eet.examples.demo.DemoRecorder;
import dev.eet.examples.demo.DemoSetup;
import dev.eet.examples.demo.LocalExchangeRun;
import dev.eet.examples.demo.PeriodInput;
import dev.eet.examples.demo.Population;
import dev.eet.examples.demo.SimulatedDay;
import dev.eet.examples.node.ExchangeState.Phase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The demo's exchange on real consensus nodes: a {@link LocalNetwork} of N reference nodes (PBFT over TCP on
 * 127.0.0.1, fsync'ed ledger files) runs a {@link SimulatedDay} of a seeded {@link Population} period by period, as
 * fast as consensus allows, and a {@link DemoRecorder} is fed from what the nodes derived from the chain.
 *
 * <p>One period K (the day's period k is chain period k + 1):
 * <ol>
 *   <li>K's orders (made from the simulated forecasts) are submitted, in the day's order, through one node (node
 *       {@code k mod N + 1}, so every node takes orders during the day); one submitter keeps their chain order, and
 *       with it the matcher's time priority, the same in every run;</li>
 *   <li>once they and the previous period's meter uploads are committed, K is closed ({@code period-close}); its
 *       leader (the proposer of that block) runs the matcher and commits the {@code match-result}, which every
 *       node re-checks;</li>
 *   <li>once K's close is committed, every participant's metered actual of K is uploaded (spread over the nodes)
 *       while the next period's orders flow in; the leader commits K's settlement when K is due.</li>
 * </ol>
 * At the end the run waits until every period is settled on every node and all heads agree, then reads from the
 * first node's state, per period, the committed orders (with their chain period checked), trades, grid trades,
 * meter uploads (in time or late: a participant outside the period's trades may upload after it became due) and
 * settlement transfers; from every node its head; block and transaction totals, the
 * final balances (participants, GRID and the pools) and every node's consensus latency samples (its own
 * transactions, submit to apply; attributed to the period being worked on when the sample was taken).
 *
 * <p>The nodes settle residuals ({@link NodeConfig.SettlementSpec#settleResiduals()}): a contract party's metered
 * energy beyond its contracts is settled with the grid on the chain, so the buyers' cost and sellers' revenue in
 * the summary cover the same metered energy as their grid-only baselines.
 *
 * <p>Deterministic for the same options: orders, trades, grid trades, actuals, transfers and balances. Not
 * deterministic: block boundaries and so block counts and head hashes (PBFT cuts blocks by time; block headers
 * carry the real clock), latency samples, wall time and transactions per second.
 */
public final class NetworkDemo {
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(60);

    private final Options options;

    /**
     * The run's parameters.
     *
     * @param nodes consensus nodes (1 - 32)
     * @param participants simulated participants (4 - 10000)
     * @param periods 15-minute periods (1 - 9600)
     * @param matcher a matcher provider name (parameters: the defaults of {@link LocalExchangeRun.Options})
     * @param seed the seed of the population, the day and the node keys
     * @param maxBatchTime PBFT's longest wait before a block is cut
     */
    public record Options(int nodes, int participants, int periods, String matcher, long seed,
                          Duration maxBatchTime) {
        /** The demo's PBFT batch time: short, since the demo submits in bursts and waits for each. */
        public static final Duration BATCH_TIME = Duration.ofMillis(10);

        /** Checks the ranges, naming the option. */
        public Options {
            Objects.requireNonNull(matcher, "matcher");
            Objects.requireNonNull(maxBatchTime, "maxBatchTime");
            range("nodes", nodes, 1, 32);
            range("participants", participants, 4, 10_000);
            range("periods", periods, 1, 9600);
            if (maxBatchTime.isNegative()) {
                throw new InvalidArgumentException("demo", "maxBatchTime", "must not be negative");
            }
        }

        /** @return 4 nodes, 40 participants, 96 periods, {@code cda}, seed 7 */
        public static Options defaults() {
            return new Options(4, Population.DEFAULT_SIZE, SimulatedDay.DEFAULT_PERIODS, "cda", 7, BATCH_TIME);
        }

        private static void range(String field, int v, int lo, int hi) {
            if (v < lo || v > hi) {
                throw new InvalidArgumentException("demo", field, "must be between " + lo + " and " + hi + ", was "
                        + v);
            }
        }
    }

    /** Told when a period is done (its orders committed and closed, its actuals uploaded). */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param done periods done so far
         * @param total all periods
         */
        void period(int done, int total);
    }

    /**
     * @param options the parameters
     */
    public NetworkDemo(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Runs the day on a fresh network whose node folders are {@code chainDir/node1...} (an existing
     * {@code chainDir} is deleted first: it holds a previous run's ledgers).
     *
     * @param chainDir the folder for the nodes' keys and ledger files
     * @param progress told after every period
     * @return the record, read from the nodes
     * @throws InvalidArgumentException on an unknown matcher or a rejected order
     * @throws InterruptedException if interrupted
     * @throws IllegalStateException if the network does not reach a step within a minute
     */
    public DemoRecord run(Path chainDir, Progress progress) throws InterruptedException {
        ProviderRegistry.load(MatcherProvider.class).get(options.matcher());   // unknown name: fails before any work
        long t0 = System.nanoTime();
        GridTariff tariff = GridTariff.DEFAULT;
        SimulatedDay day = SimulatedDay.simulate(Population.generate(options.participants(), options.seed(), tariff),
                SimulatedDay.DEFAULT_START, options.periods(), SimulatedDay.PERIOD, options.seed());
        Map<String, String> matcherParams = new LocalExchangeRun.Options(options.participants(), options.periods(),
                options.seed(), options.matcher(), null, tariff).matcherParams();
        DemoRecorder rec = new DemoRecorder(DemoSetup.of(day, options.nodes(), options.matcher(), options.seed()));
        deleteTree(chainDir);
        NodeConfig.SettlementSpec d = NodeConfig.SettlementSpec.DEFAULTS;
        NodeConfig.SettlementSpec settlement = new NodeConfig.SettlementSpec(d.compensationRule(), d.reputationRule(),
                tariff.retail(), tariff.feedIn(), d.tolerancePeriods(), d.deviationTolerance(),
                d.penaliseMissingUploads(), true);
        try (LocalNetwork net = LocalNetwork.builder(chainDir).nodes(options.nodes())
                .protocol("pbft", Map.of("maxBatchTime", options.maxBatchTime().toString()))
                .matcher(options.matcher(), matcherParams).settlement(settlement).seed(options.seed()).start()) {
            List<ExchangeNode> nodes = net.nodes();
            ExchangeNode first = nodes.get(0);
            int[] seen = new int[nodes.size()];
            List<PeriodInput> periods = day.periods();
            List<ParticipantId> previousUploads = List.of();
            long previousPeriod = 0;
            for (PeriodInput in : periods) {
                int k = in.period();
                long chainPeriod = k + 1L;
                ExchangeNode entry = nodes.get(k % nodes.size());
                for (Order o : in.orders()) {
                    entry.submitOrder(o);
                }
                long waitFor = previousPeriod;
                List<ParticipantId> uploaded = previousUploads;
                awaitOn("period " + chainPeriod + " orders and period " + waitFor + " uploads committed", () ->
                        in.orders().stream().allMatch(o -> first.state().order(o.id()).isPresent())
                                && uploaded.stream().allMatch(p -> first.state().hasUpload(waitFor, p)));
                long closing = first.closePeriod();
                if (closing != chainPeriod) {
                    throw new IllegalStateException("demo: the chain's open period is " + closing + ", expected "
                            + chainPeriod);
                }
                awaitOn("period " + chainPeriod + " closed", () -> first.reached(chainPeriod, Phase.CLOSED));
                int i = 0;
                for (Map.Entry<ParticipantId, Energy> a : in.actual().entrySet()) {
                    nodes.get(i++ % nodes.size()).uploadActual(a.getKey(), chainPeriod, a.getValue());
                }
                previousUploads = List.copyOf(in.actual().keySet());
                previousPeriod = chainPeriod;
                sampleLatency(rec, k, nodes, seen);
                progress.period(k + 1, periods.size());
            }
            long last = periods.size();
            awaitOn("every period settled on every node", () -> nodes.stream()
                    .allMatch(n -> n.reached(last, Phase.SETTLED)));
            awaitOn("all heads equal", () -> net.headHashes().values().stream().distinct().count() == 1);
            sampleLatency(rec, periods.size() - 1, nodes, seen);
            for (PeriodInput in : periods) {
                record(rec, first.state(), in);
            }
            for (ExchangeNode n : nodes) {
                rec.head(n.id().value(), Math.max(0, n.state().height()), n.headHash());
            }
            ExchangeState s = first.state();
            rec.chain(s.height() + 1, s.transactions());
            rec.balances(s.balances());
        }
        rec.elapsed(Duration.ofNanos(System.nanoTime() - t0));
        return rec.snapshot();
    }

    /** Reads one period back from the chain as a node derived it. */
    private static void record(DemoRecorder rec, ExchangeState s, PeriodInput in) {
        int k = in.period();
        long chainPeriod = k + 1L;
        List<Order> orders = new ArrayList<>(in.orders().size());
        for (Order o : in.orders()) {
            ExchangeState.OrderView v = s.order(o.id()).orElseThrow(() -> new IllegalStateException(
                    "demo: order " + o.id() + " is not on the chain"));
            if (v.period() != chainPeriod) {
                throw new IllegalStateException("demo: order " + o.id() + " joined period " + v.period()
                        + ", expected " + chainPeriod);
            }
            orders.add(v.order());
        }
        orders.sort(Comparator.comparingLong(Order::time));
        rec.orders(k, orders);
        ExchangeState.PeriodView p = s.period(chainPeriod).orElseThrow();
        rec.matched(k, new MatchResult(rec.setup().matcher(), p.trades(), p.gridTrades(), List.of(), List.of()));
        rec.actuals(k, s.uploads(chainPeriod));
        rec.transfers(k, s.settledTransfers(chainPeriod));
    }

    private static void sampleLatency(DemoRecorder rec, int k, List<ExchangeNode> nodes, int[] seen) {
        for (int i = 0; i < nodes.size(); i++) {
            List<Long> samples = nodes.get(i).metrics().latencySamples();
            for (int j = seen[i]; j < samples.size(); j++) {
                rec.latency(k, Duration.ofNanos(samples.get(j)));
            }
            seen[i] = samples.size();
        }
    }

    private static void awaitOn(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + STEP_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("demo: timed out after " + STEP_TIMEOUT.toSeconds()
                        + " s waiting for " + what);
            }
            Thread.sleep(1);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> top = Files.list(dir)) {
            if (!top.allMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("node\\d+"))) {
                throw new InvalidArgumentException("demo", "out", dir + " exists and is not a previous demo's chain"
                        + " (only node1, node2... folders); remove it or choose another --out");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot list", e);
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot delete the previous run's chain", e);
        }
    }
}

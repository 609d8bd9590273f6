package dev.eet.examples.demo;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.GridTariff;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.Matcher;
import dev.eet.api.matching.MatcherProvider;
import dev.eet.api.matching.OrderRemainder;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.Order;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.settlement.ledger.CreditLimit;
import dev.eet.settlement.ledger.Ledger;
import dev.eet.settlement.trade.MatchSettlement;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * The demo's exchange in one process, without networking or consensus: a {@link SimulatedDay} of a seeded
 * {@link Population} runs period by period through a real matcher (any registered name, by
 * {@link ProviderRegistry}) and the real eet-settlement {@link Ledger}: the clearing is settled by
 * {@link MatchSettlement} (buyer pays seller, grid trades against {@code GRID}), the metered actuals by
 * {@link ResidualSettlement}. Open remainders of matchers without a grid fallback go to the grid at the tariff.
 * Everything is fed to a {@link DemoRecorder}, so {@link DemoReport} writes the same report the networked demo
 * writes.
 *
 * <p>Chain figures of this run are those of a local hash chain, not of consensus: one block per period holding the
 * period's orders, trades, grid trades, meter uploads and settlement transfers (each one transaction), its hash
 * SHA-256 over the previous hash and the block's canonical text; one node, {@code local}. No consensus latency is
 * sampled. Wall time comes from the injected ticker, so a test with a fixed ticker gets the same bytes every time.
 */
public final class LocalExchangeRun {
    /** The node id of the local hash chain. */
    public static final String NODE = "local";
    private static final Set<String> TARIFF_MATCHERS = Set.of("cda", "da-renewable-first", "bilateral");

    private final Options options;
    private final LongSupplier nanoTime;

    /**
     * The run's parameters.
     *
     * @param participants number of participants (4 - 10000)
     * @param periods number of 15-minute periods (1 - 9600)
     * @param seed the seed of the population and the day
     * @param matcher the matcher's provider name
     * @param matcherParams the matcher's parameters; {@code null} for the defaults (the tariff's two prices for
     *     {@code cda}, {@code da-renewable-first} and {@code bilateral}, plus {@code beta 0.1} for {@code cda};
     *     nothing for others)
     * @param tariff the grid tariff
     */
    public record Options(int participants, int periods, long seed, String matcher, Map<String, String> matcherParams,
                          GridTariff tariff) {
        /** Fills in the default parameters. */
        public Options {
            Objects.requireNonNull(matcher, "matcher");
            Objects.requireNonNull(tariff, "tariff");
            if (matcherParams == null) {
                Map<String, String> p = new TreeMap<>();
                if (TARIFF_MATCHERS.contains(matcher)) {
                    p.put("gridRetailPrice", tariff.retail().toPlainString());
                    p.put("gridFeedInPrice", tariff.feedIn().toPlainString());
                }
                if (matcher.equals("cda")) {
                    p.put("beta", "0.1");
                }
                matcherParams = p;
            }
            matcherParams = Map.copyOf(matcherParams);
        }

        /** @return 40 participants, 96 periods, seed 7, {@code cda}, the default tariff (0.59 / 0.31) */
        public static Options defaults() {
            return new Options(Population.DEFAULT_SIZE, SimulatedDay.DEFAULT_PERIODS, 7, "cda", null,
                    GridTariff.DEFAULT);
        }
    }

    /**
     * @param options the parameters
     * @param nanoTime the wall-time ticker (e.g. {@code System::nanoTime})
     */
    public LocalExchangeRun(Options options, LongSupplier nanoTime) {
        this.options = Objects.requireNonNull(options, "options");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /**
     * Runs the day and returns the recorder's snapshot.
     *
     * @return the record
     * @throws InvalidArgumentException on bad options (unknown matcher, bad counts) or a rejected order
     */
    public DemoRecord run() {
        long t0 = nanoTime.getAsLong();
        Population population = Population.generate(options.participants(), options.seed(), options.tariff());
        SimulatedDay day = SimulatedDay.simulate(population, SimulatedDay.DEFAULT_START, options.periods(),
                SimulatedDay.PERIOD, options.seed());
        Matcher matcher = ProviderRegistry.load(MatcherProvider.class).get(options.matcher())
                .create(Config.builder("matcher " + options.matcher()).putAll(options.matcherParams())
                        .seed(options.seed()).build());
        DemoRecorder recorder = new DemoRecorder(DemoSetup.of(day, 1, options.matcher(), options.seed()));
        Ledger ledger = Ledger.withStandardAccounts();
        MatchSettlement clearing = new MatchSettlement(BigDecimal.ZERO, BigDecimal.ZERO);
        ResidualSettlement residuals = new ResidualSettlement(options.tariff());
        String head = "0".repeat(64);
        long blocks = 0;
        long transactions = 0;
        for (PeriodInput in : day.periods()) {
            int k = in.period();
            recorder.orders(k, in.orders());
            MatchResult raw = matcher.match(in.orders());
            if (!raw.rejections().isEmpty()) {
                throw new InvalidArgumentException("demo period " + k, "orders", raw.rejections().get(0).message());
            }
            MatchResult result = withGridFallback(raw, options.tariff());
            recorder.matched(k, result);
            List<Transfer> transfers = new ArrayList<>(clearing.transfers(result));
            clearing.settle(result, ledger, CreditLimit.UNLIMITED);
            recorder.actuals(k, in.actual());
            List<Transfer> residual = residuals.transfers(k, result, in.actual());
            residual.forEach(t -> ledger.openIfAbsent(t.from().equals(AccountId.GRID)
                    ? t.to() : t.from(), CreditLimit.UNLIMITED));
            ledger.post(residual);
            transfers.addAll(residual);
            recorder.transfers(k, transfers);
            long tx = in.orders().size() + result.trades().size() + result.gridTrades().size() + in.actual().size()
                    + transfers.size();
            head = hash(head, k, in, result, transfers);
            blocks++;
            transactions += tx;
            recorder.head(NODE, blocks, head);
            recorder.chain(blocks, transactions);
        }
        recorder.balances(ledger.balances());
        recorder.elapsed(Duration.ofNanos(Math.max(0, nanoTime.getAsLong() - t0)));
        return recorder.snapshot();
    }

    /** Sends what a matcher left open to the grid at the tariff (retail for buyers, feed-in for sellers). */
    static MatchResult withGridFallback(MatchResult r, GridTariff tariff) {
        if (r.unmatched().isEmpty()) {
            return r;
        }
        List<GridTrade> grid = new ArrayList<>(r.gridTrades());
        for (OrderRemainder o : r.unmatched()) {
            grid.add(new GridTrade(o.order(), o.participant(), o.side(), o.quantity(),
                    o.side() == Side.BUY ? tariff.retail() : tariff.feedIn()));
        }
        return new MatchResult(r.mechanism(), r.trades(), grid, List.of(), r.rejections());
    }

    private static String hash(String previous, int period, PeriodInput in, MatchResult result, List<Transfer> transfers) {
        StringBuilder b = new StringBuilder(previous).append("\nperiod ").append(period).append('\n');
        for (Order o : in.orders()) {
            b.append("order ").append(o.id()).append(' ').append(o.participant()).append(' ').append(o.side())
                    .append(' ').append(o.quantity().toPlainString()).append(' ').append(o.limit().toPlainString())
                    .append(' ').append(o.reserve().toPlainString()).append('\n');
        }
        for (Trade t : result.trades()) {
            b.append("trade ").append(t.sellOrder()).append(' ').append(t.buyOrder()).append(' ')
                    .append(t.quantity().toPlainString()).append(' ').append(t.price().toPlainString()).append('\n');
        }
        for (GridTrade g : result.gridTrades()) {
            b.append("grid ").append(g.order()).append(' ').append(g.side()).append(' ')
                    .append(g.quantity().toPlainString()).append(' ').append(g.price().toPlainString()).append('\n');
        }
        in.actual().forEach((p, e) -> b.append("meter ").append(p).append(' ').append(e.toPlainString()).append('\n'));
        for (Transfer t : transfers) {
            b.append("transfer ").append(t.from()).append(' ').append(t.to()).append(' ')
                    .append(t.amount().toPlainString()).append(' ').append(t.reason()).append('\n');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}

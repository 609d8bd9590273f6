package dev.eet.matching.preference;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.GridTariff;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.Matcher;
import dev.eet.api.model.Order;
import dev.eet.api.spi.Config;
import dev.eet.api.value.Price;
import dev.eet.matching.attribute.Allocation;
import dev.eet.matching.attribute.Batch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Multi-attribute preference matching with split orders, CMAP (matching.md section 5), name {@value #NAME}.
 *
 * <ol>
 *   <li>Each order's {@link Requirements} (its preferences) and the {@link PairScores} of every acceptable pair
 *       (seller limit at most buyer limit, different participants; other pairs are rejected outright).</li>
 *   <li>Round r = 1, 2, ...: the bi-objective LP on the open quantities and the pairs not yet rejected, solved
 *       with ojAlgo as {@link CmapLp} describes (largest matched quantity first, then the corrected fuzzy
 *       membership {@code w1 mu(Z1) + w2 mu(Z2)}). Orders split freely across pairs.</li>
 *   <li><b>Exact energy.</b> The LP's kWh are turned into micro-kWh by one rule: in pair order (buyer by
 *       submission, then seller by submission) each value is rounded to the nearest micro-kWh (HALF_EVEN) and then
 *       clamped to the seller's and the buyer's exact open quantities. Clamping to what is open means no order's
 *       quantity is ever exceeded, whatever the solver's noise; what rounding leaves open goes on to the next
 *       round or to the grid.</li>
 *   <li>Rejection model: a trade whose buyer satisfaction {@code a'_ij} is below the buyer's {@code rejectBelow}
 *       or whose seller satisfaction {@code b'_ij} is below the seller's is rejected: not made, and that pair is
 *       excluded from later rounds; the buyer re-enters the next round, the seller stays in it too. Accepted
 *       trades are made at the midpoint of the two limits (HALF_EVEN, a micro-unit), round number = r. Rounds end
 *       when a round rejects nothing, matches nothing, or after {@code rounds}.</li>
 *   <li>Whatever is still open goes to the grid (retail for buyers, feed-in for sellers).</li>
 * </ol>
 *
 * <p>Parameters: {@code gridRetailPrice}, {@code gridFeedInPrice}, {@code buyerWeight} (w1, default 0.5),
 * {@code sellerWeight} (w2, default 0.5), {@code rounds} (default 3), {@code solver} ({@code lp}, the default:
 * {@link CmapLp} on ojAlgo; or {@code flow}: {@link CmapFlow}, the same lexicographic optimum as an exact
 * min-cost max-flow in micro-kWh, much faster, tested against the LP), and {@link ScoringParams}' {@code priceMin},
 * {@code priceMax}, {@code maxDistanceKm}, {@code eta}, {@code rejectBelow} (default 0.43, the report's value).
 */
public final class CmapMatcher implements Matcher {
    /** The mechanism name. */
    public static final String NAME = "cmap";
    /** The report's rejection threshold. */
    public static final double DEFAULT_REJECT_BELOW = 0.43;
    private final GridTariff tariff;
    private final ScoringParams params;
    private final double w1;
    private final double w2;
    private final int rounds;
    private final boolean flow;

    private CmapMatcher(Config c) {
        Set<String> known = new HashSet<>(ScoringParams.KEYS);
        known.addAll(List.of(GridTariff.RETAIL_KEY, GridTariff.FEED_IN_KEY, "buyerWeight", "sellerWeight", "rounds",
                "solver"));
        c.requireOnly(known);
        this.tariff = GridTariff.from(c);
        this.params = ScoringParams.from(c, tariff, DEFAULT_REJECT_BELOW);
        this.w1 = HfpiMatcher.weight(c, "buyerWeight");
        this.w2 = HfpiMatcher.weight(c, "sellerWeight");
        this.rounds = c.getInt("rounds", 3);
        String solver = c.getString("solver", "lp");
        if (!solver.equals("lp") && !solver.equals("flow")) {
            throw new InvalidArgumentException(c.subject(), "solver", "must be lp or flow, was '" + solver + "'");
        }
        this.flow = solver.equals("flow");
        if (rounds < 1) {
            throw new InvalidArgumentException(c.subject(), "rounds", "must be at least 1, was " + rounds);
        }
    }

    /** A matcher with every default. */
    public CmapMatcher() {
        this(Config.empty().withSubject("matcher " + NAME));
    }

    /**
     * @param config the parameters (see the class documentation)
     * @return the configured matcher
     */
    public static CmapMatcher from(Config config) {
        return new CmapMatcher(config.withSubject("matcher " + NAME));
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * The outcome with what the reports need.
     *
     * @param result the match result
     * @param scores the acceptable pairs and their normalised scores
     * @param firstRound the LP of round 1 (objective values, payoff table)
     * @param rejectedPairs pair indices rejected by the rejection model
     */
    public record Outcome(MatchResult result, PairScores scores, LpSummary firstRound, List<Integer> rejectedPairs) {
    }

    /**
     * The single-objective optima and the compromise of one LP.
     *
     * @param matchedKwh the LP's matched quantity
     * @param z1 buyer objective at the compromise
     * @param z1max its single-objective optimum
     * @param z2 seller objective at the compromise
     * @param z2max its optimum
     * @param objective {@code w1 mu(Z1) + w2 mu(Z2)}
     */
    public record LpSummary(double matchedKwh, double z1, double z1max, double z2, double z2max, double objective) {
    }

    @Override
    public MatchResult match(List<Order> orders) {
        return clear(orders).result();
    }

    /**
     * @param orders the batch
     * @return the match result with the scores and LP figures
     */
    public Outcome clear(List<Order> orders) {
        Batch<Requirements> batch = Batch.of(orders, o -> Requirements.of(o, params.rejectBelow()));
        List<Order> valid = batch.orders();
        List<Requirements> req = batch.attributes();
        PairScores scores = PairScores.of(valid, req, params);
        int n = scores.size();
        boolean[] active = new boolean[n];
        java.util.Arrays.fill(active, true);
        Allocation alloc = new Allocation(valid);
        List<Integer> rejected = new ArrayList<>();
        LpSummary first = null;
        for (int round = 1; round <= rounds; round++) {
            double[] open = new double[valid.size()];
            long[] openMicro = new long[valid.size()];
            for (int i = 0; i < open.length; i++) {
                openMicro[i] = alloc.open(i);
                open[i] = openMicro[i] / 1e6;
            }
            CmapLp.Solution s = flow ? CmapFlow.solve(scores, active, openMicro, w1, w2)
                    : CmapLp.solve(scores, active, open, w1, w2);
            if (first == null) {
                first = new LpSummary(s.quantity(), s.z1(), s.z1max(), s.z2(), s.z2max(), s.objective(w1, w2));
            }
            boolean anyRejected = false;
            for (int p = 0; p < n; p++) {
                long q = Math.round(Math.rint(s.x()[p] * 1e6));
                if (q <= 0) {
                    continue;
                }
                int si = scores.seller()[p];
                int bi = scores.buyer()[p];
                if (scores.a()[p] < req.get(bi).rejectBelow() || scores.b()[p] < req.get(si).rejectBelow()) {
                    active[p] = false;
                    rejected.add(p);
                    anyRejected = true;
                    continue;
                }
                Price price = Price.midpoint(valid.get(si).limit(), valid.get(bi).limit());
                alloc.trade(si, bi, q, price, round);
            }
            if (!anyRejected) {
                break; // nothing rejected: later rounds would find the same solution
            }
        }
        if (first == null) {
            first = new LpSummary(0, 0, 0, 0, 0, 0);
        }
        return new Outcome(alloc.result(NAME, tariff, batch.rejections()), scores, first, List.copyOf(rejected));
    }
}

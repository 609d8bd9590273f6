package dev.eet.matching.preference;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.GridTariff;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.Matcher;
import dev.eet.api.model.Order;
import dev.eet.api.model.Side;
import dev.eet.api.spi.Config;
import dev.eet.api.value.Price;
import dev.eet.matching.attribute.Allocation;
import dev.eet.matching.attribute.Batch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one-to-one baseline of matching.md section 5, name {@value #NAME}: each seller is matched to at most one
 * buyer and vice versa, maximising the total satisfaction {@code sum (w1 a'_ij + w2 b'_ij)} over the acceptable
 * pairs of {@link PairScores} (exact maximum-weight assignment by the Hungarian algorithm). A matched pair trades
 * {@code min(demand, supply)} at the midpoint of the two limits (HALF_EVEN to a micro-unit); trades are listed by
 * buyer in submission order; everything else goes to the grid. No rejection round (that is CMAP's).
 *
 * <p>Parameters: {@code gridRetailPrice}, {@code gridFeedInPrice}, {@code buyerWeight} (w1, default 0.5),
 * {@code sellerWeight} (w2, default 0.5), and the scoring constants of {@link ScoringParams} except
 * {@code rejectBelow}. Order preferences as in {@link Requirements} (its {@code rejectBelow} is accepted and
 * unused).
 */
public final class HfpiMatcher implements Matcher {
    /** The mechanism name. */
    public static final String NAME = "hfpi";
    private final GridTariff tariff;
    private final ScoringParams params;
    private final double w1;
    private final double w2;

    private HfpiMatcher(Config c) {
        Set<String> known = new HashSet<>(ScoringParams.KEYS);
        known.remove("rejectBelow");
        known.addAll(List.of(GridTariff.RETAIL_KEY, GridTariff.FEED_IN_KEY, "buyerWeight", "sellerWeight"));
        c.requireOnly(known);
        this.tariff = GridTariff.from(c);
        this.params = ScoringParams.from(c, tariff, 0);
        this.w1 = weight(c, "buyerWeight");
        this.w2 = weight(c, "sellerWeight");
    }

    static double weight(Config c, String key) {
        double w = c.getDouble(key, 0.5);
        if (w < 0 || w > 1) {
            throw new InvalidArgumentException(c.subject(), key, "must be in [0, 1], was " + w);
        }
        return w;
    }

    /** A matcher with every default. */
    public HfpiMatcher() {
        this(Config.empty().withSubject("matcher " + NAME));
    }

    /**
     * @param config the parameters (see the class documentation)
     * @return the configured matcher
     */
    public static HfpiMatcher from(Config config) {
        return new HfpiMatcher(config.withSubject("matcher " + NAME));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public MatchResult match(List<Order> orders) {
        Batch<Requirements> batch = Batch.of(orders, o -> Requirements.of(o, 0));
        List<Order> valid = batch.orders();
        PairScores scores = PairScores.of(valid, batch.attributes(), params);
        List<Integer> sellers = new ArrayList<>();
        List<Integer> buyers = new ArrayList<>();
        int[] pos = new int[valid.size()];
        for (int i = 0; i < valid.size(); i++) {
            List<Integer> side = valid.get(i).side() == Side.SELL ? sellers : buyers;
            pos[i] = side.size();
            side.add(i);
        }
        boolean buyersAreRows = buyers.size() <= sellers.size();
        int rows = Math.min(buyers.size(), sellers.size());
        int cols = Math.max(buyers.size(), sellers.size());
        double[][] w = new double[rows][cols];
        int[][] pair = new int[rows][cols];
        for (int[] r : pair) {
            java.util.Arrays.fill(r, -1);
        }
        for (int p = 0; p < scores.size(); p++) {
            int bi = pos[scores.buyer()[p]];
            int si = pos[scores.seller()[p]];
            int r = buyersAreRows ? bi : si;
            int c = buyersAreRows ? si : bi;
            w[r][c] = w1 * scores.a()[p] + w2 * scores.b()[p];
            pair[r][c] = p;
        }
        int[] assigned = Hungarian.maximise(w);
        int[] partnerOfBuyer = new int[buyers.size()];
        java.util.Arrays.fill(partnerOfBuyer, -1);
        for (int r = 0; r < rows; r++) {
            int p = pair[r][assigned[r]];
            if (p >= 0) {
                partnerOfBuyer[pos[scores.buyer()[p]]] = scores.seller()[p];
            }
        }
        Allocation alloc = new Allocation(valid);
        for (int k = 0; k < buyers.size(); k++) {
            int s = partnerOfBuyer[k];
            if (s >= 0) {
                int b = buyers.get(k);
                alloc.trade(s, b, Long.MAX_VALUE, Price.midpoint(valid.get(s).limit(), valid.get(b).limit()), 1);
            }
        }
        return alloc.result(NAME, tariff, batch.rejections());
    }
}

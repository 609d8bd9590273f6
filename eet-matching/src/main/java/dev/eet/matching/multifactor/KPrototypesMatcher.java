package dev.eet.matching.multifactor;

import dev.eet.api.matching.GridTariff;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.Matcher;
import dev.eet.api.model.EnergyType;
import dev.eet.api.model.Order;
import dev.eet.api.model.Side;
import dev.eet.api.spi.Config;
import dev.eet.matching.attribute.Allocation;
import dev.eet.matching.attribute.Batch;
import dev.eet.matching.attribute.Distances;
import dev.eet.matching.attribute.PreferenceReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Multi-factor matching by K-prototypes dissimilarity (matching.md section 4), name {@value #NAME}.
 *
 * <ol>
 *   <li>Every valid order becomes a {@link KPrototypesProfile}; numeric attributes are scaled by their min-max
 *       range over the batch's orders (loss by the buyer's acceptable loss).</li>
 *   <li>All orders (both sides) are clustered by {@link KPrototypesClustering} on price, quantity, environmental
 *       index, credit and energy type, with the matcher's weights, {@code gamma} and {@code seed}.</li>
 *   <li>Buyers in submission order (time, then id): the eligible sellers (open energy, limit at most the buyer's
 *       limit, another participant, loss within the buyer's acceptable loss) are ranked by
 *       {@link MixedDissimilarity} with the buyer's weights, sellers of the buyer's own cluster first (all of
 *       them, when {@code crossCluster} is true, after those); the buyer buys {@code min(demand, available)} from
 *       each in turn at the seller's price until its demand is met.</li>
 *   <li>Whatever is left goes to the grid (retail for buyers, feed-in for sellers).</li>
 * </ol>
 *
 * <p>Parameters: {@code gridRetailPrice}, {@code gridFeedInPrice}, {@code seed} (default 1), {@code clusters}
 * (default 0 = {@code max(1, round(sqrt(n / 2)))}), {@code iterations} (default 20), {@code gamma} (default 1),
 * {@code lossRatePerKm} (fraction per km, default 0.01), {@code maxLossPercent} (default 10),
 * {@code alpha.price}, {@code alpha.quantity}, {@code alpha.environment}, {@code alpha.credit},
 * {@code alpha.loss}, {@code beta.energyType} (weights in [0, 1], default 1), {@code crossCluster} (default
 * true). A buyer's preferences may override {@code alpha.*}, {@code beta.energyType}, {@code maxLossPercent} and
 * set {@code environmentalIndex} (in [0, 1], default 1); a seller has none. Bad preferences reject that order
 * with the field {@code preferences.<key>}.
 */
public final class KPrototypesMatcher implements Matcher {
    /** The mechanism name. */
    public static final String NAME = "kprototypes";
    /** Numeric attribute names, in profile order; {@code alpha.<name>} are the weight keys. */
    public static final List<String> NUMERIC_NAMES = List.of("price", "quantity", "environment", "credit", "loss");
    private static final Set<String> BUYER_PREFERENCES = Set.of("alpha.price", "alpha.quantity",
            "alpha.environment", "alpha.credit", "alpha.loss", "beta.energyType", "maxLossPercent",
            "environmentalIndex");
    private static final double DEFAULT_CREDIT = 100;

    private final GridTariff tariff;
    private final long seed;
    private final int clusters;
    private final int iterations;
    private final double gamma;
    private final double lossRatePerKm;
    private final double maxLossPercent;
    private final double[] alpha;
    private final double beta;
    private final boolean crossCluster;

    private KPrototypesMatcher(Config c) {
        Set<String> known = new java.util.HashSet<>(Set.of(GridTariff.RETAIL_KEY, GridTariff.FEED_IN_KEY, "seed",
                "clusters", "iterations", "gamma", "lossRatePerKm", "maxLossPercent", "beta.energyType",
                "crossCluster"));
        for (String n : NUMERIC_NAMES) {
            known.add("alpha." + n);
        }
        c.requireOnly(known);
        this.tariff = GridTariff.from(c);
        this.seed = c.getLong("seed", 1);
        this.clusters = nonNegative(c, "clusters", c.getInt("clusters", 0));
        this.iterations = nonNegative(c, "iterations", c.getInt("iterations", 20));
        this.gamma = range(c, "gamma", c.getDouble("gamma", 1), 0, Double.MAX_VALUE);
        this.lossRatePerKm = range(c, "lossRatePerKm", c.getDouble("lossRatePerKm", 0.01), 0, 1);
        this.maxLossPercent = range(c, "maxLossPercent", c.getDouble("maxLossPercent", 10), 0, 100);
        this.alpha = new double[KPrototypesProfile.NUMERIC];
        for (int l = 0; l < alpha.length; l++) {
            String key = "alpha." + NUMERIC_NAMES.get(l);
            alpha[l] = range(c, key, c.getDouble(key, 1), 0, 1);
        }
        this.beta = range(c, "beta.energyType", c.getDouble("beta.energyType", 1), 0, 1);
        this.crossCluster = c.getBoolean("crossCluster", true);
    }

    /** A matcher with every default. */
    public KPrototypesMatcher() {
        this(Config.empty().withSubject("matcher " + NAME));
    }

    /**
     * @param config the parameters (see the class documentation)
     * @return the configured matcher
     * @throws dev.eet.api.InvalidArgumentException naming {@code matcher kprototypes} and the key
     */
    public static KPrototypesMatcher from(Config config) {
        return new KPrototypesMatcher(config.withSubject("matcher " + NAME));
    }

    private static int nonNegative(Config c, String key, int v) {
        if (v < 0) {
            throw new dev.eet.api.InvalidArgumentException(c.subject(), key, "must not be negative, was " + v);
        }
        return v;
    }

    private static double range(Config c, String key, double v, double min, double max) {
        if (v < min || v > max) {
            throw new dev.eet.api.InvalidArgumentException(c.subject(), key, "must be in [" + min + ", "
                    + (max == Double.MAX_VALUE ? "inf)" : max + "]") + ", was " + v);
        }
        return v;
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Reads one order as K-prototypes sees it, with this matcher's defaults for what the order does not say.
     *
     * @param o the order
     * @return its profile
     * @throws dev.eet.api.model.InvalidOrderException naming {@code preferences.<key>} when a preference is bad
     */
    public KPrototypesProfile profile(Order o) {
        double price = o.limit().toDecimal().doubleValue();
        double qty = o.quantity().toKwh().doubleValue();
        int type = o.energyType().map(Enum::ordinal).orElse(KPrototypesProfile.NO_TYPE);
        if (o.side() == Side.SELL) {
            if (!o.preferences().asMap().isEmpty()) {
                String key = o.preferences().asMap().firstKey();
                throw new PreferenceReader(o, Set.of(key)).fail(key, "a seller has no kprototypes preferences");
            }
            double env = o.energyType().map(EnergyType::isClean).orElse(false) ? 1 : 0;
            double credit = o.credit().map(java.math.BigDecimal::doubleValue).orElse(DEFAULT_CREDIT);
            return new KPrototypesProfile(price, qty, env, credit, type, alpha, beta, maxLossPercent);
        }
        PreferenceReader p = new PreferenceReader(o, BUYER_PREFERENCES);
        double[] a = new double[alpha.length];
        for (int l = 0; l < a.length; l++) {
            a[l] = p.weight("alpha." + NUMERIC_NAMES.get(l), alpha[l]);
        }
        return new KPrototypesProfile(price, qty, p.weight("environmentalIndex", 1), DEFAULT_CREDIT, type, a,
                p.weight("beta.energyType", beta), p.number("maxLossPercent", maxLossPercent, 0, 100));
    }

    /**
     * The matching dissimilarity of a buyer and a seller (matching.md section 4) with the buyer's weights.
     *
     * @param buyer the buyer's profile
     * @param seller the seller's profile
     * @param sellerAvailableKwh the seller's energy still available
     * @param lossPercent the transmission loss between them, percent
     * @param range the numeric ranges (price, quantity, environment, credit, loss)
     * @return the dissimilarity
     */
    public double dissimilarity(KPrototypesProfile buyer, KPrototypesProfile seller, double sellerAvailableKwh,
                                double lossPercent, double[] range) {
        double[] x = {buyer.price(), buyer.quantityKwh(), buyer.environment(), buyer.credit(), 0};
        double[] z = {seller.price(), sellerAvailableKwh, seller.environment(), seller.credit(), lossPercent};
        int[] cx = {buyer.energyType()};
        int[] cz = {buyer.energyType() == KPrototypesProfile.NO_TYPE ? buyer.energyType() : seller.energyType()};
        return MixedDissimilarity.of(buyer.alpha(), range, x, z, gamma, new double[] {buyer.beta()}, cx, cz);
    }

    /**
     * @param buyer an order
     * @param seller another
     * @return the transmission loss between them in percent: distance (km) x {@code lossRatePerKm} x 100
     */
    public double lossPercent(Order buyer, Order seller) {
        return Distances.km(buyer, seller) * lossRatePerKm * 100;
    }

    /**
     * @param profiles the batch's profiles
     * @return the min-max range of price, quantity, environment and credit over them, and 0 for loss (each buyer
     *         scales loss by its own acceptable loss)
     */
    public static double[] ranges(List<KPrototypesProfile> profiles) {
        double[] min = new double[KPrototypesProfile.NUMERIC];
        double[] max = new double[KPrototypesProfile.NUMERIC];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (KPrototypesProfile p : profiles) {
            double[] v = {p.price(), p.quantityKwh(), p.environment(), p.credit()};
            for (int l = 0; l < v.length; l++) {
                min[l] = Math.min(min[l], v[l]);
                max[l] = Math.max(max[l], v[l]);
            }
        }
        double[] r = new double[KPrototypesProfile.NUMERIC];
        for (int l = 0; l < 4; l++) {
            r[l] = profiles.isEmpty() ? 0 : max[l] - min[l];
        }
        return r;
    }

    /**
     * @param profiles the batch's profiles, canonical order
     * @param range their ranges
     * @return each order's cluster
     */
    int[] clusters(List<KPrototypesProfile> profiles, double[] range) {
        int n = profiles.size();
        double[][] num = new double[n][];
        int[][] cat = new int[n][];
        for (int i = 0; i < n; i++) {
            KPrototypesProfile p = profiles.get(i);
            num[i] = new double[] {p.price(), p.quantityKwh(), p.environment(), p.credit()};
            cat[i] = new int[] {p.energyType()};
        }
        int k = clusters > 0 ? clusters : (int) Math.max(1, Math.round(Math.sqrt(n / 2.0)));
        return KPrototypesClustering.cluster(num, cat, new int[] {KPrototypesProfile.CATEGORIES},
                Arrays.copyOf(alpha, 4), Arrays.copyOf(range, 4), gamma, new double[] {beta}, k, iterations, seed);
    }

    /** @return whether candidate 1 ranks before candidate 2: own cluster first, then smaller d, then index */
    private static boolean before(boolean own1, double d1, int i1, boolean own2, double d2, int i2) {
        if (own1 != own2) {
            return own1;
        }
        int c = Double.compare(d1, d2);
        return c != 0 ? c < 0 : i1 < i2;
    }

    @Override
    public MatchResult match(List<Order> orders) {
        Batch<KPrototypesProfile> batch = Batch.of(orders, this::profile);
        List<Order> valid = batch.orders();
        List<KPrototypesProfile> profiles = batch.attributes();
        int n = valid.size();
        double[] range = ranges(profiles);
        int[] cluster = clusters(profiles, range);
        Allocation alloc = new Allocation(valid);
        List<Integer> sellers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (valid.get(i).side() == Side.SELL) {
                sellers.add(i);
            }
        }
        int[] cand = new int[sellers.size()];
        double[] score = new double[sellers.size()];
        boolean[] inCluster = new boolean[sellers.size()];
        for (int b = 0; b < n; b++) {
            Order buyer = valid.get(b);
            if (buyer.side() != Side.BUY) {
                continue;
            }
            KPrototypesProfile bp = profiles.get(b);
            double[] r = range.clone();
            r[4] = bp.maxLossPercent();
            int count = 0;
            for (int s : sellers) {
                Order seller = valid.get(s);
                if (alloc.open(s) <= 0 || seller.limit().compareTo(buyer.limit()) > 0
                        || seller.participant().equals(buyer.participant())) {
                    continue;
                }
                double loss = lossPercent(buyer, seller);
                if (loss > bp.maxLossPercent()) {
                    continue;
                }
                boolean own = cluster[s] == cluster[b];
                if (!own && !crossCluster) {
                    continue;
                }
                double d = dissimilarity(bp, profiles.get(s), alloc.open(s) / 1e6, loss, r);
                cand[count] = s;
                score[count] = d;
                inCluster[count] = own;
                count++;
            }
            // walk the candidates in (own cluster first, dissimilarity, index) order by repeated selection of the
            // best remaining one: a buyer usually needs only a few sellers, so this beats sorting all of them
            boolean[] taken = new boolean[count];
            while (alloc.open(b) > 0) {
                int best = -1;
                for (int k = 0; k < count; k++) {
                    if (!taken[k] && (best < 0 || before(inCluster[k], score[k], cand[k],
                            inCluster[best], score[best], cand[best]))) {
                        best = k;
                    }
                }
                if (best < 0) {
                    break;
                }
                taken[best] = true;
                int s = cand[best];
                alloc.trade(s, b, alloc.open(b), valid.get(s).limit(), 1);
            }
        }
        return alloc.result(NAME, tariff, batch.rejections());
    }
}

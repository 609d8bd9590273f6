package dev.eet.matching.preference;

import dev.eet.api.model.EnergyType;
import dev.eet.api.model.Order;
import dev.eet.api.model.Side;
import dev.eet.matching.attribute.PreferenceReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one party asks of its counterparties (matching.md section 5): the requirements it scores them on, with
 * weights, the energy type a buyer wants, and the satisfaction below which it rejects a trade.
 *
 * <p>Order preferences: {@code requirements} (comma-separated names; buyer: {@code price}, {@code supply},
 * {@code loss}, {@code energyType}, {@code environment}, {@code reputation}; seller: {@code price},
 * {@code demand}, {@code loss}, {@code reputation}; default {@code price,supply,loss} /
 * {@code price,demand,loss}), {@code weights} (as many weights in [0, 1], not all 0; default 0.5, 0.3, 0.2),
 * {@code energyType} (a buyer's wanted type; default its order's energy type, none = any type scores 10) and
 * {@code rejectBelow} (in [0, 1]; default the matcher's).
 *
 * @param names the requirements
 * @param weights their weights, same order
 * @param wanted the energy type a buyer wants, if any
 * @param rejectBelow the satisfaction threshold
 */
public record Requirements(List<String> names, double[] weights, Optional<EnergyType> wanted, double rejectBelow) {
    /** Buyer requirement names. */
    public static final List<String> BUYER = List.of("price", "supply", "loss", "energyType", "environment",
            "reputation");
    /** Seller requirement names. */
    public static final List<String> SELLER = List.of("price", "demand", "loss", "reputation");
    private static final Set<String> KEYS = Set.of("requirements", "weights", "energyType", "rejectBelow");

    /** Copies. */
    public Requirements {
        names = List.copyOf(names);
        weights = weights.clone();
    }

    /** @return the weights (a copy) */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /**
     * @param o the order
     * @param defaultRejectBelow the matcher's threshold
     * @return its requirements
     * @throws dev.eet.api.model.InvalidOrderException naming {@code preferences.<key>}
     */
    public static Requirements of(Order o, double defaultRejectBelow) {
        PreferenceReader p = new PreferenceReader(o, KEYS);
        boolean buyer = o.side() == Side.BUY;
        List<String> allowed = buyer ? BUYER : SELLER;
        List<String> names = p.names("requirements", allowed)
                .orElse(buyer ? List.of("price", "supply", "loss") : List.of("price", "demand", "loss"));
        double[] weights = p.numbers("weights").orElse(null);
        if (weights == null) {
            if (names.size() > 3) {
                throw p.fail("weights", "are required for more than three requirements");
            }
            weights = java.util.Arrays.copyOf(new double[] {0.5, 0.3, 0.2}, names.size());
        }
        if (weights.length != names.size()) {
            throw p.fail("weights", "expected " + names.size() + " weights (one per requirement), got "
                    + weights.length);
        }
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        if (sum <= 0) {
            throw p.fail("weights", "must not all be 0");
        }
        Optional<EnergyType> wanted = p.energyType("energyType");
        if (!buyer && wanted.isPresent()) {
            throw p.fail("energyType", "only a buyer asks for an energy type");
        }
        if (buyer && wanted.isEmpty()) {
            wanted = o.energyType();
        }
        return new Requirements(names, weights, wanted, p.number("rejectBelow", defaultRejectBelow, 0, 1));
    }
}

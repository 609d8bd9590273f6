package dev.eet.matching.preference;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.GridTariff;
import dev.eet.api.spi.Config;
import dev.eet.api.value.Price;

/**
 * The market-wide constants of the pair scores (matching.md section 5).
 *
 * @param priceMin Price_min: a seller asking less is treated as a manipulated quote (buyer's price score 0)
 * @param priceMax Price_max: a buyer bidding this or more gets seller's price score 0
 * @param maxDistanceKm R_max: the loss score is {@code 10 (1 - L / L_max)} with {@code L = distance * eta},
 *                      {@code L_max = R_max * eta}, 0 beyond
 * @param eta the loss per km (fraction; only its ratio matters for the score)
 * @param rejectBelow the default satisfaction threshold of the rejection model
 */
public record ScoringParams(Price priceMin, Price priceMax, double maxDistanceKm, double eta, double rejectBelow) {
    /** Keys read by {@link #from}. */
    static final java.util.List<String> KEYS = java.util.List.of("priceMin", "priceMax", "maxDistanceKm", "eta",
            "rejectBelow");

    /**
     * @param c the matcher's parameters: {@code priceMin} (default 0), {@code priceMax} (default the grid retail
     *          price), {@code maxDistanceKm} (default 50), {@code eta} (default 0.01), {@code rejectBelow} (default
     *          {@code defaultReject})
     * @param tariff the grid tariff
     * @param defaultReject the default threshold
     * @return the constants
     */
    public static ScoringParams from(Config c, GridTariff tariff, double defaultReject) {
        Price min = c.getPrice("priceMin", Price.ZERO);
        Price max = c.getPrice("priceMax", tariff.retail());
        if (max.compareTo(min) <= 0) {
            throw new InvalidArgumentException(c.subject(), "priceMax", "must be above priceMin ("
                    + min.toPlainString() + "), was " + max.toPlainString());
        }
        double r = c.getDouble("maxDistanceKm", 50);
        if (r <= 0) {
            throw new InvalidArgumentException(c.subject(), "maxDistanceKm", "must be positive, was " + r);
        }
        double eta = c.getDouble("eta", 0.01);
        if (eta <= 0 || eta > 1) {
            throw new InvalidArgumentException(c.subject(), "eta", "must be in (0, 1], was " + eta);
        }
        double reject = c.getDouble("rejectBelow", defaultReject);
        if (reject < 0 || reject > 1) {
            throw new InvalidArgumentException(c.subject(), "rejectBelow", "must be in [0, 1], was " + reject);
        }
        return new ScoringParams(min, max, r, eta, reject);
    }
}

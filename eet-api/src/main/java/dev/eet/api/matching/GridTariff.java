package dev.eet.api.matching;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.spi.Config;
import dev.eet.api.value.Price;
import java.util.Objects;

/**
 * The public grid's prices for one delivery period: what a buyer pays for energy the market did not supply
 * (retail) and what a seller gets for energy the market did not take (feed-in). Matchers with a grid fallback read
 * it from their configuration under the parameter names {@value #RETAIL_KEY} and {@value #FEED_IN_KEY}; the same
 * names feed the grid-only baseline of {@link MarketReport}.
 *
 * @param retail price per kWh of energy bought from the grid, not negative
 * @param feedIn price per kWh of energy sold to the grid, not negative
 */
public record GridTariff(Price retail, Price feedIn) {

    /** Parameter name of the retail price. */
    public static final String RETAIL_KEY = "gridRetailPrice";
    /** Parameter name of the feed-in price. */
    public static final String FEED_IN_KEY = "gridFeedInPrice";

    /**
     * The defaults used when a configuration names no tariff: retail 0.59 and feed-in 0.31 per kWh, the values of
     * the worked example in node.md. The library is currency-agnostic, so real deployments set both.
     */
    public static final GridTariff DEFAULT = new GridTariff(Price.perKwh("0.59"), Price.perKwh("0.31"));

    /** @throws InvalidArgumentException if a price is negative */
    public GridTariff {
        Objects.requireNonNull(retail, "retail");
        Objects.requireNonNull(feedIn, "feedIn");
        if (retail.signum() < 0) {
            throw new InvalidArgumentException("grid tariff", RETAIL_KEY, "must not be negative, was " + retail.toPlainString());
        }
        if (feedIn.signum() < 0) {
            throw new InvalidArgumentException("grid tariff", FEED_IN_KEY, "must not be negative, was " + feedIn.toPlainString());
        }
    }

    /**
     * @param config a matcher configuration
     * @return the tariff named by {@value #RETAIL_KEY} and {@value #FEED_IN_KEY}, each defaulting to {@link #DEFAULT}
     * @throws InvalidArgumentException naming the config's subject and the key if a price is invalid
     */
    public static GridTariff from(Config config) {
        return new GridTariff(config.getPrice(RETAIL_KEY, DEFAULT.retail()), config.getPrice(FEED_IN_KEY, DEFAULT.feedIn()));
    }
}

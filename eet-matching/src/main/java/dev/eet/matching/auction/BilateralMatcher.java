package dev.eet.matching.auction;

import dev.eet.api.matching.GridTariff;
import dev.eet.api.spi.Config;

/**
 * The "simple high-low bilateral matching" baseline of matching.md section 5, name {@value #NAME}: one-to-one
 * pairs from the top of the price-sorted lists while bid >= ask, one uniform marginal price, leftovers to the grid.
 * See {@link BilateralClearing} for the exact rule.
 *
 * <p>Parameters: {@code gridRetailPrice}, {@code gridFeedInPrice} (defaults {@link GridTariff#DEFAULT}).
 */
public final class BilateralMatcher extends GridFallbackMatcher {
    /** The mechanism name. */
    public static final String NAME = "bilateral";

    /** @param tariff the grid prices of the fallback */
    public BilateralMatcher(GridTariff tariff) {
        super(NAME, tariff);
    }

    /** A matcher with the default tariff. */
    public BilateralMatcher() {
        this(GridTariff.DEFAULT);
    }

    /**
     * @param config {@code gridRetailPrice}, {@code gridFeedInPrice}; nothing else
     * @return the configured matcher
     */
    public static BilateralMatcher from(Config config) {
        return new BilateralMatcher(GridTariff.from(params(config, NAME)));
    }

    @Override
    AuctionOutcome clearBook(AuctionBook book) {
        return BilateralClearing.clear(book);
    }
}

package dev.eet.matching.auction;

import dev.eet.api.matching.GridTariff;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.Matcher;
import dev.eet.api.model.Order;
import dev.eet.api.spi.Config;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The "simple high-low bilateral matching" baseline of matching.md section 5, name {@value #NAME}: one-to-one
 * pairs from the top of the price-sorted lists while bid >= ask, one uniform marginal price, leftovers to the grid.
 * See {@link BilateralClearing} for the exact rule.
 *
 * <p>Parameters: {@code gridRetailPrice}, {@code gridFeedInPrice} (defaults {@link GridTariff#DEFAULT}).
 */
public final class BilateralMatcher implements Matcher {
    /** The mechanism name. */
    public static final String NAME = "bilateral";

    private final GridTariff tariff;

    /** @param tariff the grid prices of the fallback */
    public BilateralMatcher(GridTariff tariff) {
        this.tariff = Objects.requireNonNull(tariff, "tariff");
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
        Config c = config.withSubject("matcher " + NAME);
        c.requireOnly(Set.of(GridTariff.RETAIL_KEY, GridTariff.FEED_IN_KEY));
        return new BilateralMatcher(GridTariff.from(c));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public MatchResult match(List<Order> orders) {
        PreparedBatch batch = PreparedBatch.of(orders);
        return batch.withGridFallback(NAME, BilateralClearing.clear(batch.book), tariff);
    }

    /** @return the grid prices of the fallback */
    public GridTariff tariff() {
        return tariff;
    }
}

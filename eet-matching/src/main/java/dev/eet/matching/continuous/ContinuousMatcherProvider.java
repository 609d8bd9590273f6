package dev.eet.matching.continuous;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.Matcher;
import dev.eet.api.matching.MatcherProvider;
import dev.eet.api.spi.Config;
import dev.eet.api.value.Price;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Provides the {@code continuous} matcher ({@link ContinuousMatcher}). Parameters, all optional:
 * <ul>
 *   <li>{@code pricing}: {@code RESTING} (default, the resting order's price) or {@code MIDPOINT}
 *       (the average of the two limits, HALF_EVEN);</li>
 *   <li>{@code selfTradePrevention}: {@code CANCEL_RESTING} (default) or {@code CANCEL_INCOMING};</li>
 *   <li>{@code gridRetailPrice}: unfilled buy quantity is bought from the grid at this price;</li>
 *   <li>{@code gridFeedInPrice}: unfilled sell quantity is sold to the grid at this price.</li>
 * </ul>
 * Without a grid price the unfilled quantity of that side is reported as an
 * {@link dev.eet.api.matching.OrderRemainder}. Unknown keys and bad values fail with an
 * {@link InvalidArgumentException} naming the key.
 */
public final class ContinuousMatcherProvider implements MatcherProvider {
    static final String PRICING = "pricing";
    static final String SELF_TRADE = "selfTradePrevention";
    static final String GRID_RETAIL = "gridRetailPrice";
    static final String GRID_FEED_IN = "gridFeedInPrice";

    @Override
    public String name() {
        return ContinuousMatcher.NAME;
    }

    @Override
    public String description() {
        return "continuous limit order book: price-time priority, partial fills, RESTING or MIDPOINT pricing";
    }

    @Override
    public Matcher create(Config config) {
        config.requireOnly(Set.of(PRICING, SELF_TRADE, GRID_RETAIL, GRID_FEED_IN));
        PricingRule pricing = parse(config, PRICING, PricingRule.class, PricingRule.RESTING);
        SelfTradePolicy selfTrade = parse(config, SELF_TRADE, SelfTradePolicy.class, SelfTradePolicy.CANCEL_RESTING);
        return new ContinuousMatcher(pricing, selfTrade, gridPrice(config, GRID_RETAIL),
                gridPrice(config, GRID_FEED_IN));
    }

    private static Optional<Price> gridPrice(Config config, String key) {
        if (!config.has(key)) {
            return Optional.empty();
        }
        return Optional.of(config.getPrice(key, Price.ZERO)); // getPrice rejects negative and malformed values
    }

    private static <E extends Enum<E>> E parse(Config config, String key, Class<E> type, E fallback) {
        Optional<String> raw = config.find(key);
        if (raw.isEmpty()) {
            return fallback;
        }
        String v = raw.get().trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        StringBuilder known = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            known.append(known.length() == 0 ? "" : ", ").append(e.name());
        }
        throw new InvalidArgumentException(config.subject(), key, "unknown value '" + raw.get() + "' (known: "
                + known + ")");
    }
}

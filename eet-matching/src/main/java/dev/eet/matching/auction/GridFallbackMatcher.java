package dev.eet.matching.auction;

import dev.eet.api.matching.GridTariff;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.Matcher;
import dev.eet.api.model.Order;
import dev.eet.api.spi.Config;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the one-book auction matchers share: a name, the grid tariff of the fallback, reading that tariff from a
 * {@link Config}, and {@link #match(List)} as "check and order the batch, clear its book, send what is still open
 * to the grid". Each subclass says only how a book is cleared.
 */
abstract sealed class GridFallbackMatcher implements Matcher permits BilateralMatcher, CdaMatcher, RenewableFirstMatcher {
    private final String name;
    private final GridTariff tariff;

    /**
     * @param name the mechanism name
     * @param tariff the grid prices of the fallback
     */
    GridFallbackMatcher(String name, GridTariff tariff) {
        this.name = name;
        this.tariff = Objects.requireNonNull(tariff, "tariff");
    }

    /**
     * @param config the parameters as given
     * @param name the mechanism name (the subject of every error)
     * @param extraKeys the matcher's own parameters, beside the tariff's
     * @return the parameters, subject "matcher NAME", checked to hold only the tariff keys and {@code extraKeys}
     */
    static Config params(Config config, String name, String... extraKeys) {
        Config c = config.withSubject("matcher " + name);
        Set<String> known = new HashSet<>(List.of(extraKeys));
        known.add(GridTariff.RETAIL_KEY);
        known.add(GridTariff.FEED_IN_KEY);
        c.requireOnly(known);
        return c;
    }

    /**
     * Clears one checked, canonically ordered book; no grid fallback.
     *
     * @param book the batch
     * @return trades and per-order open quantities
     */
    abstract AuctionOutcome clearBook(AuctionBook book);

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final MatchResult match(List<Order> orders) {
        PreparedBatch batch = PreparedBatch.of(orders);
        return batch.withGridFallback(name, clearBook(batch.book), tariff);
    }

    /** @return the grid prices of the fallback */
    public final GridTariff tariff() {
        return tariff;
    }
}

package dev.eet.matching.auction;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.GridTariff;
import dev.eet.api.spi.Config;
import dev.eet.api.value.FixedPoint;
import java.math.BigDecimal;

/**
 * The periodic double auction with price-time priority, midpoint price and second-round price adjustment of
 * [CDA] (matching.md section 1), name {@value #NAME}: round 1 price-time walk at the midpoint, round 2 with the
 * beta adjustment and reserve prices, then the grid fallback (remaining buy quantity bought at the retail price,
 * remaining sell quantity sold at the feed-in price, as grid trades). The trade quantity is always the smaller of
 * the two remainders (the paper's "min quantity" rule). See {@link DoubleAuction} for the exact rounds, the
 * no-self-trade rule and the rounding.
 *
 * <p>Parameters: {@code beta} (decimal in [0, 1], at most 6 decimals, default 0.1), {@code gridRetailPrice} and
 * {@code gridFeedInPrice} (per kWh, defaults {@link GridTariff#DEFAULT}).
 */
public final class CdaMatcher extends GridFallbackMatcher {
    /** The mechanism name. */
    public static final String NAME = "cda";
    /** The default adjustment factor. */
    public static final BigDecimal DEFAULT_BETA = new BigDecimal("0.1");

    private final long betaMicros;

    /**
     * @param beta the round-2 adjustment factor in [0, 1], at most 6 decimals
     * @param tariff the grid prices of the fallback
     * @throws InvalidArgumentException if beta is out of range or too precise
     */
    public CdaMatcher(BigDecimal beta, GridTariff tariff) {
        this(betaMicros("matcher " + NAME, beta), tariff);
    }

    private CdaMatcher(long betaMicros, GridTariff tariff) {
        super(NAME, tariff);
        this.betaMicros = betaMicros;
    }

    /** A matcher with beta 0.1 and the default tariff. */
    public CdaMatcher() {
        this(DEFAULT_BETA, GridTariff.DEFAULT);
    }

    /**
     * @param config {@code beta}, {@code gridRetailPrice}, {@code gridFeedInPrice}; nothing else
     * @return the configured matcher
     * @throws InvalidArgumentException naming the parameter if one is unknown or invalid
     */
    public static CdaMatcher from(Config config) {
        Config c = params(config, NAME, "beta");
        return new CdaMatcher(c.getDecimal("beta", DEFAULT_BETA), GridTariff.from(c));
    }

    static long betaMicros(String subject, BigDecimal beta) {
        if (beta.signum() < 0 || beta.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidArgumentException(subject, "beta", "must be in [0, 1], was " + beta.toPlainString());
        }
        if (beta.stripTrailingZeros().scale() > FixedPoint.SCALE) {
            throw new InvalidArgumentException(subject, "beta", "must have at most " + FixedPoint.SCALE
                    + " decimal places, was " + beta.toPlainString());
        }
        return FixedPoint.toUnitsExact(beta, "beta");
    }

    /** @return beta */
    public BigDecimal beta() {
        return FixedPoint.toDecimal(betaMicros).stripTrailingZeros();
    }

    @Override
    AuctionOutcome clearBook(AuctionBook book) {
        return clear(book);
    }

    /**
     * Clears a primitive book (rounds 1 and 2, no grid fallback): the hot path, for callers that keep their orders
     * in primitive form.
     *
     * @param book the batch
     * @return trades and per-order open quantities
     */
    public AuctionOutcome clear(AuctionBook book) {
        return DoubleAuction.cda(book, betaMicros);
    }
}

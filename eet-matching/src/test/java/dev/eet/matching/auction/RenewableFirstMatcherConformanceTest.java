package dev.eet.matching.auction;

import dev.eet.api.matching.MultiTimescaleMatcher;
import dev.eet.api.model.EnergyType;
import dev.eet.api.model.Order;
import dev.eet.tck.matching.MultiTimescaleMatcherConformanceKit;
import dev.eet.tck.matching.MatcherInvariants;
import java.util.Comparator;
import java.util.Optional;

/**
 * The multi-timescale kit against {@code da-renewable-first}: sellers rank renewable first, then by price and time.
 */
class RenewableFirstMatcherConformanceTest extends MultiTimescaleMatcherConformanceKit {
    static final Comparator<Order> RENEWABLE_FIRST = Comparator
            .comparing((Order o) -> !o.energyType().map(EnergyType::isRenewable).orElse(false))
            .thenComparing(MatcherInvariants.SELLER_PRICE_TIME);

    @Override
    protected MultiTimescaleMatcher createMatcher() {
        return new RenewableFirstMatcher();
    }

    @Override
    protected Optional<Comparator<Order>> sellerPriority() {
        return Optional.of(RENEWABLE_FIRST);
    }
}

package dev.eet.matching.multifactor;

import dev.eet.api.matching.Matcher;
import dev.eet.api.model.Order;
import dev.eet.tck.matching.MatcherConformanceKit;
import java.util.Comparator;
import java.util.Optional;

/**
 * The matcher kit against {@code kprototypes}. It has no price-time priority (sellers are ranked by
 * dissimilarity, buyers by submission time only), so the round-1 priority check is off.
 */
class KPrototypesMatcherConformanceTest extends MatcherConformanceKit {
    @Override
    protected Matcher createMatcher() {
        return new KPrototypesMatcher();
    }

    @Override
    protected Optional<Comparator<Order>> sellerPriority() {
        return Optional.empty();
    }

    @Override
    protected Optional<Comparator<Order>> buyerPriority() {
        return Optional.empty();
    }
}

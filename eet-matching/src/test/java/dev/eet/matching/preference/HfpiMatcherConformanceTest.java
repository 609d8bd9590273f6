package dev.eet.matching.preference;

import dev.eet.api.matching.Matcher;
import dev.eet.api.model.Order;
import dev.eet.tck.matching.MatcherConformanceKit;
import java.util.Comparator;
import java.util.Optional;

/** The matcher kit against {@code hfpi}; pairs are chosen by satisfaction, not price-time, so no priority check. */
class HfpiMatcherConformanceTest extends MatcherConformanceKit {
    @Override
    protected Matcher createMatcher() {
        return new HfpiMatcher();
    }

    @Override
    protected Optional<Comparator<Order>> sellerPriority() {
        return Optional.empty();
    }

    @Override
    protected Optional<Comparator<Order>> buyerPriority() {
        return Optional.empty();
    }

    @Override
    protected int maxBatchSize() {
        return 16;
    }
}

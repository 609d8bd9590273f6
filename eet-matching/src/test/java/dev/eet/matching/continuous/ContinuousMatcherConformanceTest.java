package dev.eet.matching.continuous;

import dev.eet.api.matching.Matcher;
import dev.eet.api.model.Order;
import dev.eet.tck.matching.MatcherConformanceKit;
import java.util.Comparator;
import java.util.Optional;

/**
 * The {@code continuous} matcher (default configuration: RESTING pricing, CANCEL_RESTING) against the matcher
 * conformance kit. {@link ContinuousMidpointConformanceTest} runs it again with MIDPOINT pricing and
 * CANCEL_INCOMING.
 */
class ContinuousMatcherConformanceTest extends MatcherConformanceKit {

    @Override
    protected Matcher createMatcher() {
        return new ContinuousMatcher();
    }

    /**
     * None: the kit's round-1 rule ("if a worse seller traded, every better seller is completely filled") is the
     * priority of a call auction that sees the whole batch at once. A continuous book matches each order on
     * arrival against what is resting at that moment, so an early seller at 0.50 may rightly trade before a
     * better seller at 0.30 arrives. Price-time priority among resting orders is checked instead by
     * {@link OrderBookTest} and by the differential test against the naive reference book
     * ({@link OrderBookVersusReferenceTest}).
     */
    @Override
    protected Optional<Comparator<Order>> sellerPriority() {
        return Optional.empty();
    }

    /** None, for the same reason as {@link #sellerPriority()}. */
    @Override
    protected Optional<Comparator<Order>> buyerPriority() {
        return Optional.empty();
    }
}

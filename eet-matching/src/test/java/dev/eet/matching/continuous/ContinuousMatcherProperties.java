package dev.eet.matching.continuous;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.OrderBatch;
import dev.eet.api.model.Order;
import dev.eet.api.model.Trade;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import dev.eet.tck.matching.OrderArbitraries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The {@code continuous} matcher equals an arrival-order replay of the batch through the naive reference book:
 * same trades in the same order, same unmatched energy per order, under every pricing rule and self-trade policy.
 */
class ContinuousMatcherProperties {

    @Property(tries = 200)
    void matcherEqualsReplayThroughTheReferenceBook(@ForAll("batches") List<Order> orders,
                                                    @ForAll PricingRule pricing,
                                                    @ForAll SelfTradePolicy policy) {
        MatchResult result = new ContinuousMatcher(pricing, policy, Optional.empty(), Optional.empty())
                .match(orders);

        List<Order> sequence = OrderBatch.of(orders).byTimeThenId();
        List<Trade> expected = new ArrayList<>();
        long[] traded = new long[sequence.size()];
        BookListener recorder = new BookListener() {
            @Override
            public void onTrade(long in, long resting, boolean inBuys, long price, long qty) {
                Order sell = sequence.get((int) (inBuys ? resting : in));
                Order buy = sequence.get((int) (inBuys ? in : resting));
                expected.add(new Trade(sell.id(), buy.id(), sell.participant(), buy.participant(),
                        Energy.ofMicroKwh(qty), Price.ofMicros(price), 1));
                traded[(int) in] += qty;
                traded[(int) resting] += qty;
            }

            @Override
            public void onCancel(long orderId, long quantity, CancelReason reason) {
            }
        };
        NaiveOrderBook naive = new NaiveOrderBook(pricing, policy, recorder);
        Map<String, Integer> participants = new HashMap<>();
        for (int i = 0; i < sequence.size(); i++) {
            Order o = sequence.get(i);
            int p = participants.computeIfAbsent(o.participant().value(), k -> participants.size());
            naive.place(i, p, o.side(), o.limit().microsPerKwh(), o.quantity().microKwh(), TimeInForce.GTC);
        }
        assertEquals(expected, result.trades());
        Map<String, Long> unmatched = new HashMap<>();
        result.unmatched().forEach(u -> unmatched.merge(u.order().value(), u.quantity().microKwh(), Long::sum));
        for (int i = 0; i < sequence.size(); i++) {
            Order o = sequence.get(i);
            assertEquals(o.quantity().microKwh() - traded[i], unmatched.getOrDefault(o.id().value(), 0L),
                    "unmatched energy of " + o.id());
        }
    }

    @Provide
    Arbitrary<List<Order>> batches() {
        return OrderArbitraries.overlappingBatches(60);
    }
}

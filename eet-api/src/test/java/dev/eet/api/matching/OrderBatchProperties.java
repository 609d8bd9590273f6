package dev.eet.api.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eet.api.model.Order;
import dev.eet.api.model.OrderId;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Side;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link OrderBatch} (open-addressing id check, primitive time sort) against the obvious definition: a
 * {@code HashSet} of ids in input order and a comparator sort by (time, id).
 */
class OrderBatchProperties {

    private static Order order(String id, String participant, long time) {
        return Order.builder(id, participant, Side.BUY).limit("0.5").quantity("1").time(time).build();
    }

    /** The definition the fast implementation must agree with. */
    private static OrderBatch naive(List<Order> orders, Optional<Set<ParticipantId>> known) {
        List<Order> valid = new ArrayList<>();
        List<OrderRejection> rejections = new ArrayList<>();
        Set<OrderId> seen = new HashSet<>();
        for (Order o : orders) {
            if (!seen.add(o.id())) {
                rejections.add(new OrderRejection(o.id(), "id", "duplicate order id"));
            } else if (known.isPresent() && !known.get().contains(o.participant())) {
                rejections.add(new OrderRejection(o.id(), "participant", "unknown participant " + o.participant()));
            } else {
                valid.add(o);
            }
        }
        return new OrderBatch(valid, rejections);
    }

    private static List<Order> naiveCanonical(List<Order> valid) {
        List<Order> sorted = new ArrayList<>(valid);
        sorted.sort(Comparator.comparingLong(Order::time).thenComparing(Order::id));
        return sorted;
    }

    @Provide
    Arbitrary<List<Order>> batches() {
        Arbitrary<Long> times = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 5),                       // many equal times: id tie-breaks
                Arbitraries.longs().between(1_700_000_000_000L, 1_700_000_100_000L), // epoch millis
                Arbitraries.of(Long.MIN_VALUE, -1L, 0L, Long.MAX_VALUE),  // a range too wide to pack: ranks
                Arbitraries.longs());
        Arbitrary<Order> orders = Combinators.combine(
                Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 4), times)
                .as((id, p, t) -> order("o" + id, "p" + p, t));
        return orders.list().ofMaxSize(200);
    }

    @Property
    void sameValidOrdersRejectionsAndCanonicalOrderAsTheDefinition(@ForAll("batches") List<Order> orders,
                                                                    @ForAll boolean checkParticipants) {
        Optional<Set<ParticipantId>> known = checkParticipants
                ? Optional.of(Set.of(ParticipantId.of("p0"), ParticipantId.of("p1"), ParticipantId.of("p2")))
                : Optional.empty();
        OrderBatch expected = naive(orders, known);
        OrderBatch actual = OrderBatch.of(orders, known);
        assertEquals(expected, actual);
        assertEquals(naiveCanonical(expected.valid()), actual.byTimeThenId());
    }

    @Test
    void firstOccurrenceOfAnIdIsKeptAndEqualTimesAreOrderedById() {
        Order b = order("B", "p", 5);
        Order a = order("A", "p", 5);
        Order early = order("Z", "p", 1);
        Order dupOfA = order("A", "q", 0);
        OrderBatch batch = OrderBatch.of(List.of(b, a, early, dupOfA));
        assertEquals(List.of(b, a, early), batch.valid());
        assertEquals(List.of(new OrderRejection(OrderId.of("A"), "id", "duplicate order id")), batch.rejections());
        assertEquals(List.of(early, a, b), batch.byTimeThenId());
    }

    @Test
    void timesSpanningTheWholeLongRangeAreOrderedByRank() {
        Order max = order("M", "p", Long.MAX_VALUE);
        Order min = order("N", "p", Long.MIN_VALUE);
        Order zero2 = order("Y", "p", 0);
        Order zero1 = order("X", "p", 0);
        assertEquals(List.of(min, zero1, zero2, max), OrderBatch.of(List.of(max, zero2, min, zero1)).byTimeThenId());
    }
}

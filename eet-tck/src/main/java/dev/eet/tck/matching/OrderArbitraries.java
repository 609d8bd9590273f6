package dev.eet.tck.matching;

import dev.eet.api.model.EnergyType;
import dev.eet.api.model.Order;
import dev.eet.api.model.Side;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of valid order batches. Prices are whole cents in [0.10, 0.80] with reserves on the correct
 * side of the limit; quantities are 0.001 to 500 kWh; submission times are distinct and increasing in list order.
 */
public final class OrderArbitraries {

    private OrderArbitraries() {
    }

    /**
     * A batch in which no participant is on both sides (sellers are {@code S<n>}, buyers {@code B<n>}).
     *
     * @param maxOrders the largest batch size
     * @return the generator
     */
    public static Arbitrary<List<Order>> disjointBatches(int maxOrders) {
        return batches(maxOrders, false);
    }

    /**
     * A batch in which participants may appear on both sides (to exercise the no-self-trade rule).
     *
     * @param maxOrders the largest batch size
     * @return the generator
     */
    public static Arbitrary<List<Order>> overlappingBatches(int maxOrders) {
        return batches(maxOrders, true);
    }

    private static Arbitrary<List<Order>> batches(int maxOrders, boolean overlapping) {
        Arbitrary<Proto> proto = Combinators.combine(
                Arbitraries.of(Side.class),
                Arbitraries.integers().between(10, 80),
                Arbitraries.integers().between(0, 15),
                Arbitraries.longs().between(1, 500_000),
                Arbitraries.of(EnergyType.class),
                Arbitraries.integers().between(0, 5)).as(Proto::new);
        return proto.list().ofMinSize(0).ofMaxSize(maxOrders).map(protos -> {
            List<Order> orders = new ArrayList<>(protos.size());
            for (int i = 0; i < protos.size(); i++) {
                Proto p = protos.get(i);
                String participant = overlapping ? "P" + p.participant : (p.side == Side.SELL ? "S" : "B") + i;
                int reserveCents = p.side == Side.SELL ? Math.max(0, p.cents - p.reserveGap) : p.cents + p.reserveGap;
                orders.add(Order.builder("O" + i, participant, p.side)
                        .limit(Price.ofMicros(p.cents * 10_000L))
                        .reserve(Price.ofMicros(reserveCents * 10_000L))
                        .quantity(Energy.ofMicroKwh(p.milliKwh * 1_000L))
                        .time(i)
                        .energyType(p.type)
                        .build());
            }
            return orders;
        });
    }

    private record Proto(Side side, int cents, int reserveGap, long milliKwh, EnergyType type, int participant) {
    }
}

package dev.eet.matching.multifactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.matching.MatchResult;
import dev.eet.api.model.EnergyType;
import dev.eet.api.model.Location;
import dev.eet.api.model.Order;
import dev.eet.api.model.Side;
import dev.eet.api.spi.Config;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import dev.eet.tck.matching.MatcherInvariants;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of {@code kprototypes} on books with every optional attribute (locations, types, credits, loss
 * preferences), which the generic kit's generator does not set.
 */
class KPrototypesMatcherProperties {

    @Property(tries = 200)
    void energyConservedNoTradeOutsideLimitsAndWithinAcceptableLoss(@ForAll("books") List<Order> orders,
                                                                     @ForAll long seed) {
        KPrototypesMatcher m = KPrototypesMatcher.from(Config.builder("t").put("seed", Long.toString(seed)).build());
        MatchResult r = m.match(orders);
        List<String> v = MatcherInvariants.violations(orders, r);
        assertTrue(v.isEmpty(), () -> String.join("\n", v));
        for (var t : r.trades()) {
            Order s = orders.stream().filter(o -> o.id().equals(t.sellOrder())).findFirst().orElseThrow();
            Order b = orders.stream().filter(o -> o.id().equals(t.buyOrder())).findFirst().orElseThrow();
            assertEquals(s.limit(), t.price(), "price is the seller's price");
            assertTrue(m.lossPercent(b, s) <= 10 + 1e-9, "loss beyond the default acceptable 10 %");
        }
    }

    @Property(tries = 100)
    void deterministicGivenTheSeed(@ForAll("books") List<Order> orders, @ForAll long seed) {
        Config c = Config.builder("t").put("seed", Long.toString(seed)).build();
        assertEquals(KPrototypesMatcher.from(c).match(orders), KPrototypesMatcher.from(c).match(orders));
    }

    @Property(tries = 100)
    void everyBuyerIsServedWhenSupplyIsAmpleAndCheapNearby(@ForAll("books") List<Order> orders) {
        // add one huge free seller without a location (unknown distance = no loss): every buyer's demand is then
        // peer-matched, from its own cluster or, by the cross-cluster pass, from another
        List<Order> withSupply = new ArrayList<>(orders);
        withSupply.add(Order.builder("BIG", "BIG", Side.SELL).limit("0").quantity("100000")
                .time(10_000).build());
        MatchResult r = new KPrototypesMatcher().match(withSupply);
        for (var g : r.gridTrades()) {
            assertEquals(Side.SELL, g.side(), "a buyer went to the grid: " + g);
        }
    }

    @Provide
    Arbitrary<List<Order>> books() {
        Arbitrary<Order> order = Combinators.combine(
                Arbitraries.of(Side.class), Arbitraries.integers().between(5, 60),
                Arbitraries.longs().between(1, 50_000), Arbitraries.of(EnergyType.class),
                Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(50, 100)).as((side, cents, milli, type, dx, dy, credit) ->
                Order.builder("x", "x", side).limit(Price.ofMicros(cents * 10_000L))
                        .quantity(Energy.ofMicroKwh(milli * 1000L)).energyType(type)
                        // about 1 km per step: 0..~6 km apart, so some pairs exceed a 1 %..10 % loss
                        .location(new Location.GeoPoint(30 + dx * 0.001, 120 + dy * 0.001))
                        .credit(BigDecimal.valueOf(credit)).build());
        return order.list().ofMaxSize(30).map(list -> {
            List<Order> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Order o = list.get(i);
                String id = (o.side() == Side.SELL ? "S" : "B") + i;
                Config prefs = o.side() == Side.BUY && i % 3 == 0
                        ? Config.builder("p").put("maxLossPercent", "3").put("alpha.price", "0.5").build()
                        : Config.empty();
                out.add(new Order(dev.eet.api.model.OrderId.of(id), dev.eet.api.model.ParticipantId.of(id),
                        o.side(), o.limit(), o.reserve(), o.quantity(), i, o.energyType(), o.location(),
                        o.credit(), prefs));
            }
            return out;
        });
    }
}

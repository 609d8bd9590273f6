package dev.eet.matching.multifactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.MatcherProvider;
import dev.eet.api.model.EnergyType;
import dev.eet.api.model.Location;
import dev.eet.api.model.Order;
import dev.eet.api.model.OrderId;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import dev.eet.tck.matching.MatcherInvariants;
import java.util.List;
import org.junit.jupiter.api.Test;

class KPrototypesMatcherTest {

    private static Order sell(String id, String price, String kwh, EnergyType type, long time) {
        return Order.builder(id, id, Side.SELL).limit(price).quantity(kwh).energyType(type).time(time).build();
    }

    private static Config prefs(String... kv) {
        Config.Builder b = Config.builder("prefs");
        for (int i = 0; i < kv.length; i += 2) {
            b.put(kv[i], kv[i + 1]);
        }
        return b.build();
    }

    @Test
    void registeredByName() {
        assertEquals(KPrototypesMatcher.NAME, ProviderRegistry.load(MatcherProvider.class).get("kprototypes")
                .create(Config.empty()).name());
    }

    @Test
    void buyerTakesTheLeastDissimilarSellerFirstAtTheSellersPrice() {
        // only energy type differs: the buyer asks for SOLAR, so S2 (SOLAR) beats S1 (THERMAL) despite its price
        List<Order> orders = List.of(
                sell("S1", "0.30", "10", EnergyType.THERMAL, 1),
                sell("S2", "0.32", "10", EnergyType.SOLAR, 2),
                Order.builder("B1", "B1", Side.BUY).limit("0.40").quantity("15").energyType(EnergyType.SOLAR)
                        .time(3).build());
        MatchResult r = KPrototypesMatcher.from(Config.builder("t").put("clusters", "1").build()).match(orders);
        assertEquals(2, r.trades().size(), r.toString());
        Trade first = r.trades().get(0);
        assertEquals(OrderId.of("S2"), first.sellOrder());
        assertEquals(Energy.ofKwh(10), first.quantity());
        assertEquals(Price.perKwh("0.32"), first.price());
        assertEquals(OrderId.of("S1"), r.trades().get(1).sellOrder());
        assertEquals(Energy.ofKwh(5), r.trades().get(1).quantity());
        assertTrue(MatcherInvariants.violations(orders, r).isEmpty());
        // S1's other 5 kWh go to the grid at the feed-in price
        assertEquals(1, r.gridTrades().size());
        assertEquals(Energy.ofKwh(5), r.gridTrades().get(0).quantity());
    }

    @Test
    void sellersOfOtherClustersAreAlsoRankedByDissimilarity() {
        // one cluster per order: every seller is in another cluster than the buyer, so the cross-cluster pass
        // decides, and it must rank by dissimilarity (S2 matches the asked type), not by submission order
        List<Order> orders = List.of(
                sell("S1", "0.30", "10", EnergyType.THERMAL, 1),
                sell("S2", "0.30", "10", EnergyType.SOLAR, 2),
                Order.builder("B1", "B1", Side.BUY).limit("0.40").quantity("5").energyType(EnergyType.SOLAR)
                        .time(3).build());
        MatchResult r = KPrototypesMatcher.from(Config.builder("t").put("clusters", "3").build()).match(orders);
        assertEquals(OrderId.of("S2"), r.trades().get(0).sellOrder(), r.toString());
        assertTrue(KPrototypesMatcher.from(Config.builder("t").put("clusters", "3").put("crossCluster", "false")
                .build()).match(orders).trades().isEmpty(), "without the cross-cluster pass nobody is in B1's cluster");
    }

    @Test
    void sellerBeyondTheAcceptableLossIsExcluded() {
        // 1 degree of latitude is ~111 km: 111 % loss at 1 %/km, beyond any acceptable loss
        Order far = Order.builder("S1", "S1", Side.SELL).limit("0.10").quantity("10")
                .location(new Location.GeoPoint(1, 0)).time(1).build();
        Order near = Order.builder("S2", "S2", Side.SELL).limit("0.35").quantity("10")
                .location(new Location.GeoPoint(0, 0.01)).time(2).build(); // ~1.1 km: 1.1 %
        Order buyer = Order.builder("B1", "B1", Side.BUY).limit("0.40").quantity("20")
                .location(new Location.GeoPoint(0, 0)).time(3).build();
        MatchResult r = new KPrototypesMatcher().match(List.of(far, near, buyer));
        assertEquals(1, r.trades().size(), r.toString());
        assertEquals(OrderId.of("S2"), r.trades().get(0).sellOrder());
        // tighter acceptable loss of 1 % excludes S2 too
        Order picky = Order.builder("B1", "B1", Side.BUY).limit("0.40").quantity("20")
                .location(new Location.GeoPoint(0, 0)).preferences(prefs("maxLossPercent", "1")).time(3).build();
        assertTrue(new KPrototypesMatcher().match(List.of(far, near, picky)).trades().isEmpty());
    }

    @Test
    void badPreferenceRejectsThatOrderOnlyWithTheNamedField() {
        Order s = sell("S1", "0.30", "10", EnergyType.SOLAR, 1);
        Order bad = Order.builder("B1", "B1", Side.BUY).limit("0.40").quantity("5")
                .preferences(prefs("alpha.price", "2")).time(2).build();
        Order good = Order.builder("B2", "B2", Side.BUY).limit("0.40").quantity("5").time(3).build();
        MatchResult r = new KPrototypesMatcher().match(List.of(s, bad, good));
        assertEquals(1, r.rejections().size());
        assertEquals("order B1: preferences.alpha.price: must be in [0, 1], was 2", r.rejections().get(0).message());
        assertEquals(1, r.trades().size());
        assertEquals(OrderId.of("B2"), r.trades().get(0).buyOrder());
        Order typo = Order.builder("B3", "B3", Side.BUY).limit("0.40").quantity("5")
                .preferences(prefs("alpha.prize", "0.5")).time(4).build();
        String msg = new KPrototypesMatcher().match(List.of(s, typo)).rejections().get(0).message();
        assertTrue(msg.startsWith("order B3: preferences.alpha.prize: unknown preference (known: "), msg);
    }

    @Test
    void badParameterNamesTheMatcherAndKey() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> KPrototypesMatcher.from(Config.builder("x").put("gamma", "-1").build()));
        assertTrue(e.getMessage().startsWith("matcher kprototypes: gamma: must be in"), e.getMessage());
        e = assertThrows(InvalidArgumentException.class,
                () -> KPrototypesMatcher.from(Config.builder("x").put("k", "3").build()));
        assertTrue(e.getMessage().startsWith("matcher kprototypes: k: unknown parameter"), e.getMessage());
    }

    @Test
    void clusteringSeparatesTwoObviousGroupsAndIsSeeded() {
        double[][] num = {{0, 0}, {0.1, 0}, {10, 10}, {10.1, 10}, {0, 0.1}, {10, 10.1}};
        int[][] cat = {{0}, {0}, {1}, {1}, {0}, {1}};
        for (long seed = 0; seed < 20; seed++) {
            int[] a = KPrototypesClustering.cluster(num, cat, new int[] {2}, new double[] {1, 1},
                    new double[] {10, 10}, 1, new double[] {1}, 2, 20, seed);
            assertEquals(a[0], a[1]);
            assertEquals(a[0], a[4]);
            assertEquals(a[2], a[3]);
            assertEquals(a[2], a[5]);
            assertTrue(a[0] != a[2], "seed " + seed);
        }
    }
}

package dev.eet.examples.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.model.Order;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.api.value.Price;
import dev.eet.examples.node.ExchangeState.Phase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Four in-process nodes over loopback TCP run one trading period end to end and agree on every result. */
class LocalNetworkTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void onePeriodFromOrdersToSettlementOnEveryNode() throws Exception {
        onePeriod(LocalNetwork.builder(dir).nodes(4));
    }

    /** The same exchange on DPoS, chosen by configuration alone (its delegates elected by the default stake policy). */
    @Test
    void onePeriodOnDpos() throws Exception {
        onePeriod(LocalNetwork.builder(dir).nodes(4).protocol("dpos", java.util.Map.of("slot", "PT0.1S")));
    }

    private void onePeriod(LocalNetwork.Builder builder) throws Exception {
        try (LocalNetwork net = builder.start()) {
            net.node(0).submitOrder(Order.builder("S1", "S1", Side.SELL).limit("0.41").reserve("0.34")
                    .quantity("220").build());
            net.node(1).submitOrder(Order.builder("B1", "B1", Side.BUY).limit("0.53").reserve("0.58")
                    .quantity("400").build());
            assertTrue(net.node(2).await(() -> net.nodes().stream()
                    .allMatch(n -> n.state().order(dev.eet.api.model.OrderId.of("B1")).isPresent()
                            && n.state().order(dev.eet.api.model.OrderId.of("S1")).isPresent()), WAIT));
            long k = net.closePeriod();
            assertEquals(1, k);
            assertTrue(net.awaitPeriod(k, Phase.MATCHED, WAIT), "matched on every node");
            for (ExchangeNode n : net.nodes()) {
                List<Trade> trades = n.state().trades(k);
                assertEquals(1, trades.size(), n.id().value());
                assertEquals(Energy.ofKwh(220), trades.get(0).quantity());
                assertEquals(Price.perKwh("0.47"), trades.get(0).price());
                assertEquals("matched", n.state().order(dev.eet.api.model.OrderId.of("S1")).orElseThrow().status());
            }
            // S1 delivers only 200 of 220 kWh; B1 consumes all 400
            net.uploadActual(ParticipantId.of("S1"), k, Energy.ofKwh(200));
            net.uploadActual(ParticipantId.of("B1"), k, Energy.ofKwh(-400));
            assertTrue(net.awaitPeriod(k, Phase.SETTLED, WAIT), "settled on every node");
            assertTrue(net.awaitSameHead(WAIT), net.headHashes().toString());
            for (ExchangeNode n : net.nodes()) {
                ExchangeState s = n.state();
                // S1: 200 x 0.47 = 94 for delivered energy, pays 20 x (0.59 - 0.47) = 2.4 compensation
                assertEquals(Money.of("91.6"), s.account(AccountId.of("S1")).balance(), n.id().value());
                // B1: -94 - 20 x 0.59 (shortfall from the grid) + 2.4 - 180 x 0.59 (grid trade)
                assertEquals(Money.of("-209.6"), s.account(AccountId.of("B1")).balance(), n.id().value());
                assertEquals(Money.ZERO, s.total());
                assertEquals("settled", s.order(dev.eet.api.model.OrderId.of("B1")).orElseThrow().status());
            }
            assertEquals(1, Set.copyOf(net.headHashes().values()).size());
            assertTrue(net.latencySamples().size() >= 4);
        }
    }
}

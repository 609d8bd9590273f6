package dev.eet.examples.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.model.Order;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Side;
import dev.eet.api.spi.Config;
import dev.eet.api.value.Energy;
import dev.eet.examples.node.ExchangeState.Phase;
import dev.eet.hardware.sim.ManualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Meters configured by provider name ({@code simulated}) are read at every period close and their period energy
 * is uploaded as {@code meter-upload} transactions; with both parties uploaded the period settles at once.
 */
class NodeMetersTest {
    @TempDir
    Path dir;

    @Test
    void simulatedMetersUploadThePeriodsEnergyAndTheUploadsSettleIt() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2026-06-21T12:00:00Z"));
        List<NodeConfig.MeterSpec> meters = List.of(
                new NodeConfig.MeterSpec("PV1", "simulated", Config.builder("meter PV1").put("kind", "pv")
                        .put("peakKw", "5").build()),
                new NodeConfig.MeterSpec("H1", "simulated", Config.builder("meter H1").put("kind", "household")
                        .build()));
        try (LocalNetwork net = LocalNetwork.builder(dir).nodes(1).clock(clock).meters(0, meters).start()) {
            ExchangeNode node = net.node(0);
            node.submitOrder(Order.builder("S", "PV1", Side.SELL).limit("0.30").quantity("1").build());
            node.submitOrder(Order.builder("B", "H1", Side.BUY).limit("0.50").quantity("1").build());
            assertTrue(node.await(() -> node.state().transactions() == 2, Duration.ofSeconds(20)));
            clock.advance(Duration.ofMinutes(15));           // a quarter of an hour of midday sun and household load
            long k = node.closePeriod();
            assertTrue(node.awaitPeriod(k, Phase.SETTLED, Duration.ofSeconds(20)), "settled by the uploads");
            ExchangeState.PeriodView p = node.state().period(k).orElseThrow();
            assertEquals(2, p.actuals().size(), p.actuals().toString());
            assertTrue(p.actuals().get(ParticipantId.of("PV1")).isPositive(), "PV supplied: " + p.actuals());
            assertTrue(p.actuals().get(ParticipantId.of("H1")).compareTo(Energy.ZERO) < 0, "household consumed");
        }
    }
}

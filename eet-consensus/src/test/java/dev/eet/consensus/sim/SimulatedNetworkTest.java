package dev.eet.consensus.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.consensus.NodeId;
import dev.eet.api.value.Bytes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimulatedNetworkTest {
    private static final NodeId A = NodeId.of("a");
    private static final NodeId B = NodeId.of("b");
    private static final NodeId C = NodeId.of("c");

    /** Runs a lossy, duplicating, reordering exchange and returns the delivery log. */
    private static List<String> run(long seed) {
        SimulatedNetwork net = new SimulatedNetwork(seed);
        net.setDefaultLink(LinkProfile.of(LatencyModel.uniform(100, 10_000)).withLoss(0.2).withDuplication(0.1)
                .withReordering(0.3, 20_000));
        List<String> log = new ArrayList<>();
        for (NodeId n : List.of(A, B, C)) {
            net.join(n).onMessage((from, m) -> log.add(net.nowMicros() + " " + from + "->" + n + " " + m.get(0)));
        }
        for (int i = 0; i < 50; i++) {
            net.transport(A).send(B, Bytes.of(new byte[] {(byte) i}));
            net.transport(C).send(A, Bytes.of(new byte[] {(byte) i}));
        }
        net.runFor(Duration.ofSeconds(1));
        return log;
    }

    @Test
    void sameSeedSameRunDifferentSeedDifferentRun() {
        assertEquals(run(42), run(42));
        assertNotEquals(run(42), run(43));
    }

    @Test
    void lossDuplicationAndReorderingHappen() {
        List<String> log = run(7);
        assertTrue(log.size() < 110 && log.size() > 50, "some lost, some duplicated: " + log.size());
        List<Integer> fromA = log.stream().filter(s -> s.contains("a->b")).map(s -> Integer.parseInt(s.split(" ")[2])).toList();
        boolean reordered = false;
        for (int i = 1; i < fromA.size(); i++) {
            reordered |= fromA.get(i) < fromA.get(i - 1);
        }
        assertTrue(reordered, "reordering: " + fromA);
    }

    @Test
    void partitionsCrashesAndBehavioursBlockTraffic() {
        SimulatedNetwork net = new SimulatedNetwork(1);
        List<String> got = new ArrayList<>();
        for (NodeId n : List.of(A, B, C)) {
            net.join(n).onMessage((from, m) -> got.add(from + "->" + n));
        }
        net.partition(List.of(Set.of(A), Set.of(B, C)));
        net.transport(A).send(B, Bytes.EMPTY);
        net.transport(C).send(B, Bytes.EMPTY);
        net.runFor(Duration.ofMillis(10));
        assertEquals(List.of("c->b"), got);
        net.heal();
        net.crash(B);
        net.transport(A).send(B, Bytes.EMPTY);
        int[] fired = {0};
        net.scheduler(B).schedule(Duration.ofMillis(1), () -> fired[0]++);
        net.runFor(Duration.ofMillis(10));
        assertEquals(List.of("c->b"), got, "a crashed node receives nothing");
        assertEquals(0, fired[0], "a crashed node's timers do not fire");
        net.restart(B);
        net.setBehaviour(C, Behaviour.silent());
        net.transport(A).send(B, Bytes.EMPTY);
        net.transport(C).send(B, Bytes.EMPTY);
        net.runFor(Duration.ofMillis(10));
        assertEquals(List.of("c->b", "a->b"), got, "restarted node receives again; silent node sends nothing");
    }
}

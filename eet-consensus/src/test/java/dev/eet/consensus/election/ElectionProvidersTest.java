package dev.eet.consensus.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Candidate;
import dev.eet.api.consensus.ElectionPolicyProvider;
import dev.eet.api.consensus.ElectionResult;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** ServiceLoader registration, the stake baseline and the shared argument checks. */
class ElectionProvidersTest {

    @Test
    void allFivePoliciesAreRegistered() {
        ProviderRegistry<ElectionPolicyProvider> registry = ProviderRegistry.load(ElectionPolicyProvider.class);
        assertEquals(new TreeSet<>(Set.of("stake", "latency", "credit", "fdpos", "reputation")), registry.names());
        for (String name : registry.names()) {
            assertEquals(name, registry.get(name).create(Config.empty()).name());
        }
    }

    @Test
    void unknownParameterIsRejected() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> new StakePolicyProvider().create(Config.builder("x").put("k", "3").build()));
        assertEquals("election policy stake: k: unknown parameter (known: )", e.getMessage());
    }

    @Test
    void stakeElectsTopKByStakeWeightedVotes() {
        List<Candidate> cs = List.of(s("a", "5"), s("b", "12.5"), s("c", "0"), s("d", "12.5"), s("e", "7"));
        ElectionResult r = new StakePolicy().elect(cs, 2, 2);
        assertEquals(List.of(NodeId.of("b"), NodeId.of("d")), r.delegates());
        assertEquals(List.of(NodeId.of("e"), NodeId.of("a")), r.standbys());
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> new StakePolicy().elect(List.of(s("z", "-1")), 1, 0));
        assertEquals("node z: stake: must not be negative, was -1", e.getMessage());
        e = assertThrows(InvalidArgumentException.class, () -> new StakePolicy().elect(List.of(s("z", "lots")), 1, 0));
        assertEquals("node z: stake: must be a finite number, was 'lots'", e.getMessage());
    }

    @Test
    void tenThousandCandidatesElectQuickly() {
        List<Candidate> cs = new java.util.ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            cs.add(s("n" + i, Integer.toString(i % 997)));
        }
        ElectionResult r = new StakePolicy().elect(cs, 21, 10);
        assertEquals(21, r.delegates().size());
        assertEquals(NodeId.of("n1993"), r.delegates().get(0), "stake 996, lowest id among n996, n1993, ...");
    }

    private static Candidate s(String id, String stake) {
        return new Candidate(NodeId.of(id), Config.builder("n").put("stake", stake).build());
    }
}

package dev.eet.tck.consensus.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Candidate;
import dev.eet.api.consensus.ElectionPolicy;
import dev.eet.api.consensus.ElectionResult;
import dev.eet.api.consensus.NodeId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Conformance kit for {@link ElectionPolicy} implementations: the contract of the interface (consensus.md
 * section 3) as JUnit 5 example groups and jqwik properties. A policy's conformance test is a few lines:
 *
 * <pre>{@code
 * class MyPolicyConformanceTest extends ElectionPolicyConformanceKit {
 *     protected ElectionPolicy createPolicy(long seed) { return new MyPolicy(seed); }
 *     protected Candidate candidate(NodeId id, SplittableRandom random) {
 *         return new Candidate(id, Config.builder("node " + id).put("stake", random.nextInt(100)).build());
 *     }
 * }
 * }</pre>
 *
 * Properties checked on random fields: the result obeys {@link ElectionInvariants} (K delegates when enough
 * candidates are eligible, no duplicates, delegates and standbys disjoint, excluded never elected, every
 * candidate ranked or excluded with a reason, finite scores, best-first order with ties by node id), it is
 * deterministic for a seed and independent of the candidate list order.
 */
public abstract class ElectionPolicyConformanceKit {

    /**
     * @param seed the seed (policies without randomness ignore it)
     * @return a new policy with its default parameters
     */
    protected abstract ElectionPolicy createPolicy(long seed);

    /**
     * A random candidate with valid attributes (it may still be one the policy excludes, e.g. a buyer).
     *
     * @param id its node id
     * @param random the source of its attributes
     * @return the candidate
     */
    protected abstract Candidate candidate(NodeId id, SplittableRandom random);

    /**
     * @param id a node id
     * @return a candidate with valid attributes that the policy must exclude (with a reason), if the policy
     *         excludes anyone
     */
    protected Optional<Candidate> ineligibleCandidate(NodeId id) {
        return Optional.empty();
    }

    /**
     * @param id a node id
     * @return a candidate lacking an attribute the policy needs, if the policy needs one
     */
    protected Optional<Candidate> candidateMissingAnAttribute(NodeId id) {
        return Optional.empty();
    }

    /**
     * @param requested a delegate count (at least 1)
     * @return the nearest count the policy accepts (default: the same; F-DPoS: odd)
     */
    protected int acceptedDelegates(int requested) {
        return requested;
    }

    /** @return whether higher scores rank first (default true; false for latency-like policies) */
    protected boolean highestScoreFirst() {
        return true;
    }

    /**
     * @param n how many
     * @param seed attribute seed
     * @return n random candidates with ids {@code n0..n(n-1)}
     */
    protected List<Candidate> field(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Candidate> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(candidate(NodeId.of("n" + i), r.split()));
        }
        return out;
    }

    private ElectionResult electChecked(ElectionPolicy p, List<Candidate> cs, int k, int s) {
        ElectionResult r = p.elect(cs, k, s);
        List<String> v = ElectionInvariants.violations(cs, k, s, r, highestScoreFirst());
        assertTrue(v.isEmpty(), () -> String.join("\n", v) + "\nresult: " + r);
        return r;
    }

    /** Hand-made fields every policy must handle the same way. */
    @Nested
    class Examples {

        @Test
        void noCandidatesElectsNobody() {
            ElectionResult r = electChecked(createPolicy(1), List.of(), acceptedDelegates(1), 2);
            assertTrue(r.delegates().isEmpty());
            assertTrue(r.standbys().isEmpty());
            assertTrue(r.excluded().isEmpty());
        }

        @Test
        void nameIsStableAndLowerCase() {
            String name = createPolicy(1).name();
            assertEquals(name, createPolicy(2).name());
            assertTrue(name.matches("[a-z0-9]+(-[a-z0-9]+)*"), name);
        }

        @Test
        void moreSeatsThanCandidatesElectsEveryEligibleCandidate() {
            List<Candidate> cs = field(3, 11);
            ElectionResult r = electChecked(createPolicy(1), cs, acceptedDelegates(7), 5);
            assertEquals(3, r.delegates().size() + r.excluded().size());
        }

        @Test
        void repeatedNodeIdIsRejected() {
            List<Candidate> cs = new ArrayList<>(field(3, 12));
            cs.add(candidate(cs.get(0).node(), new SplittableRandom(5)));
            assertThrows(InvalidArgumentException.class, () -> createPolicy(1).elect(cs, acceptedDelegates(1), 0));
        }

        @Test
        void nonPositiveDelegateCountAndNegativeStandbysAreRejected() {
            List<Candidate> cs = field(3, 13);
            assertThrows(InvalidArgumentException.class, () -> createPolicy(1).elect(cs, 0, 0));
            assertThrows(InvalidArgumentException.class, () -> createPolicy(1).elect(cs, acceptedDelegates(1), -1));
        }

        @Test
        void missingAttributeIsNamedWithTheNode() {
            Optional<Candidate> bad = candidateMissingAnAttribute(NodeId.of("broken-7"));
            if (bad.isEmpty()) {
                return;
            }
            List<Candidate> cs = new ArrayList<>(field(3, 14));
            cs.add(bad.get());
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                    () -> createPolicy(1).elect(cs, acceptedDelegates(1), 0));
            assertTrue(e.getMessage().contains("broken-7"), e.getMessage());
        }
    }

    /** Candidates the policy must not elect. */
    @Nested
    class Exclusions {

        @Test
        void ineligibleCandidateIsExcludedWithAReasonEvenWhenAlone() {
            Optional<Candidate> bad = ineligibleCandidate(NodeId.of("x"));
            if (bad.isEmpty()) {
                return;
            }
            ElectionResult r = electChecked(createPolicy(1), List.of(bad.get()), acceptedDelegates(1), 1);
            assertTrue(r.delegates().isEmpty(), "elected: " + r.delegates());
            assertEquals(1, r.excluded().size());
            assertEquals(NodeId.of("x"), r.excluded().get(0).node());
            assertFalse(r.excluded().get(0).reason().isBlank());
        }

        @Test
        void ineligibleCandidateAmongOthersIsNeverElected() {
            Optional<Candidate> bad = ineligibleCandidate(NodeId.of("x"));
            if (bad.isEmpty()) {
                return;
            }
            List<Candidate> cs = new ArrayList<>(field(5, 21));
            cs.add(bad.get());
            ElectionResult r = electChecked(createPolicy(1), cs, acceptedDelegates(9), 9);
            assertFalse(r.delegates().contains(NodeId.of("x")));
            assertFalse(r.standbys().contains(NodeId.of("x")));
            assertTrue(r.excluded().stream().anyMatch(e -> e.node().equals(NodeId.of("x"))));
        }
    }

    /**
     * Every invariant holds on random fields.
     *
     * @param n field size
     * @param k delegates requested
     * @param s standbys requested
     * @param seed attribute and policy seed
     */
    @Property(tries = 200)
    void invariantsHoldOnRandomFields(@ForAll @IntRange(min = 0, max = 40) int n,
                                      @ForAll @IntRange(min = 1, max = 12) int k,
                                      @ForAll @IntRange(min = 0, max = 6) int s, @ForAll long seed) {
        electChecked(createPolicy(seed), field(n, seed), acceptedDelegates(k), s);
    }

    /**
     * Same seed and candidates, same result, in any list order.
     *
     * @param n field size
     * @param k delegates requested
     * @param seed attribute and policy seed
     * @param shuffle permutation seed
     */
    @Property(tries = 200)
    void deterministicForASeedAndIndependentOfListOrder(@ForAll @IntRange(min = 0, max = 30) int n,
                                                         @ForAll @IntRange(min = 1, max = 8) int k,
                                                         @ForAll long seed, @ForAll long shuffle) {
        List<Candidate> cs = field(n, seed);
        ElectionResult first = createPolicy(seed).elect(cs, acceptedDelegates(k), 3);
        assertEquals(first, createPolicy(seed).elect(cs, acceptedDelegates(k), 3), "two runs differ");
        List<Candidate> shuffled = new ArrayList<>(cs);
        Collections.shuffle(shuffled, new Random(shuffle));
        assertEquals(first, createPolicy(seed).elect(shuffled, acceptedDelegates(k), 3),
                "the result depends on the candidate list order");
    }

    /**
     * When every candidate is eligible and there are at least K, exactly K are elected.
     *
     * @param extra candidates beyond K
     * @param k delegates requested
     * @param seed attribute seed
     */
    @Property(tries = 100)
    void kDelegatesWhenEnoughAreEligible(@ForAll @IntRange(min = 0, max = 20) int extra,
                                         @ForAll @IntRange(min = 1, max = 9) int k, @ForAll long seed) {
        int kk = acceptedDelegates(k);
        List<Candidate> cs = field(kk + extra + 30, seed);
        ElectionResult r = electChecked(createPolicy(seed), cs, kk, 2);
        if (cs.size() - r.excluded().size() >= kk) {
            assertEquals(kk, r.delegates().size());
        }
    }
}

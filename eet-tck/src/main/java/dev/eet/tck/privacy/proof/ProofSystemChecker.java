package dev.eet.tck.privacy.proof;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.privacy.ProofSystem;
import dev.eet.api.value.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The guarantees every {@link ProofSystem} gives, as checks returning violations (empty when the system
 * behaves): completeness, soundness against replay under another statement or context (the Frozen Heart class
 * of weak Fiat-Shamir bugs), tampered and malformed proofs rejected without exceptions, and unsatisfied witnesses
 * refused by the prover. Usable on its own; {@link ProofSystemConformanceKit} runs it.
 */
public final class ProofSystemChecker {
    private static final Bytes CONTEXT = Bytes.of("eet-tck context A".getBytes(StandardCharsets.UTF_8));
    private static final Bytes OTHER_CONTEXT = Bytes.of("eet-tck context B".getBytes(StandardCharsets.UTF_8));

    private final ProofSystem system;

    /** @param system the proof system under test */
    public ProofSystemChecker(ProofSystem system) {
        this.system = system;
    }

    private boolean verifies(Bytes statement, Bytes proof, Bytes context, List<String> v, String what) {
        try {
            return system.verify(statement, proof, context);
        } catch (RuntimeException e) {
            v.add(what + ": verify threw " + e + " instead of returning false");
            return false;
        }
    }

    /**
     * @param instance a satisfied instance
     * @return violations: an honest proof must verify, also after a second proof of the same statement
     */
    public List<String> completeness(ProofInstance instance) {
        List<String> v = new ArrayList<>();
        Bytes p1 = system.prove(instance.statement(), instance.witness(), CONTEXT);
        Bytes p2 = system.prove(instance.statement(), instance.witness(), CONTEXT);
        if (!verifies(instance.statement(), p1, CONTEXT, v, "honest proof")) {
            v.add("honest proof rejected");
        }
        if (!verifies(instance.statement(), p2, CONTEXT, v, "second honest proof")) {
            v.add("second honest proof rejected");
        }
        if (p1.equals(p2)) {
            v.add("two proofs of the same statement are identical (prover randomness missing)");
        }
        return v;
    }

    /**
     * @param instance a satisfied instance
     * @param otherStatement another valid statement of the same kind
     * @return violations: the proof must not verify under another context or statement
     */
    public List<String> replay(ProofInstance instance, Bytes otherStatement) {
        List<String> v = new ArrayList<>();
        Bytes p = system.prove(instance.statement(), instance.witness(), CONTEXT);
        if (verifies(instance.statement(), p, OTHER_CONTEXT, v, "other context")) {
            v.add("proof replayed under another context was accepted");
        }
        if (verifies(instance.statement(), p, Bytes.EMPTY, v, "empty context")) {
            v.add("proof replayed under the empty context was accepted");
        }
        if (verifies(otherStatement, p, CONTEXT, v, "other statement")) {
            v.add("proof replayed under another statement was accepted");
        }
        return v;
    }

    /**
     * @param instance a satisfied instance
     * @param maxPositions how many byte positions to tamper with (spread over the proof)
     * @return violations: flipped bits, truncation, extension and empty proofs must all be rejected
     */
    public List<String> tampering(ProofInstance instance, int maxPositions) {
        List<String> v = new ArrayList<>();
        byte[] p = system.prove(instance.statement(), instance.witness(), CONTEXT).toArray();
        int step = Math.max(1, p.length / Math.max(1, maxPositions));
        for (int i = 0; i < p.length; i += step) {
            byte[] bad = p.clone();
            bad[i] ^= 0x01;
            if (verifies(instance.statement(), Bytes.of(bad), CONTEXT, v, "byte " + i)) {
                v.add("proof with byte " + i + " flipped was accepted");
            }
        }
        if (verifies(instance.statement(), Bytes.of(Arrays.copyOf(p, p.length - 1)), CONTEXT, v, "truncated")) {
            v.add("truncated proof accepted");
        }
        if (verifies(instance.statement(), Bytes.of(Arrays.copyOf(p, p.length + 1)), CONTEXT, v, "extended")) {
            v.add("extended proof accepted");
        }
        if (verifies(instance.statement(), Bytes.EMPTY, CONTEXT, v, "empty")) {
            v.add("empty proof accepted");
        }
        if (verifies(Bytes.of(new byte[] {1, 2, 3}), Bytes.of(p), CONTEXT, v, "garbage statement")) {
            v.add("proof accepted for a garbage statement");
        }
        return v;
    }

    /**
     * @param unsatisfied a statement with a witness that does not satisfy it
     * @return violations: the prover must refuse with an {@link InvalidArgumentException}
     */
    public List<String> unsatisfiedWitness(ProofInstance unsatisfied) {
        List<String> v = new ArrayList<>();
        try {
            Bytes p = system.prove(unsatisfied.statement(), unsatisfied.witness(), CONTEXT);
            v.add("prover produced a proof for an unsatisfied witness");
            if (verifies(unsatisfied.statement(), p, CONTEXT, v, "unsatisfied")) {
                v.add("proof for an unsatisfied witness verified");
            }
        } catch (InvalidArgumentException expected) {
            // refused, as required
        } catch (RuntimeException e) {
            v.add("prover threw " + e + " instead of InvalidArgumentException");
        }
        return v;
    }
}

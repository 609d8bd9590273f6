package dev.eet.tck.privacy.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eet.api.privacy.ProofSystem;
import dev.eet.api.value.Bytes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conformance kit for {@link ProofSystem}s. The implementation supplies a satisfied instance, another valid
 * statement, and an unsatisfied instance in its own encodings:
 *
 * <pre>{@code
 * class MyProofConformanceTest extends ProofSystemConformanceKit {
 *     protected ProofSystem createSystem() { return new MyProofSystem(); }
 *     protected ProofInstance satisfiedInstance() { ... }
 *     protected Bytes otherStatement() { ... }
 *     protected ProofInstance unsatisfiedInstance() { ... }
 * }
 * }</pre>
 */
public abstract class ProofSystemConformanceKit {

    /** @return the proof system under test */
    protected abstract ProofSystem createSystem();

    /** @return a statement and a witness satisfying it */
    protected abstract ProofInstance satisfiedInstance();

    /** @return a different valid statement of the same kind (e.g. another commitment) */
    protected abstract Bytes otherStatement();

    /** @return a statement with a witness that does not satisfy it (e.g. a value out of range) */
    protected abstract ProofInstance unsatisfiedInstance();

    /** @return how many byte positions the tampering test flips (default 64) */
    protected int tamperPositions() {
        return 64;
    }

    private ProofSystemChecker checker() {
        return new ProofSystemChecker(createSystem());
    }

    @Test
    void honestProofsVerify() {
        assertEquals(List.of(), checker().completeness(satisfiedInstance()));
    }

    @Test
    void replayUnderAnotherStatementOrContextIsRejected() {
        assertEquals(List.of(), checker().replay(satisfiedInstance(), otherStatement()));
    }

    @Test
    void tamperedAndMalformedProofsAreRejected() {
        assertEquals(List.of(), checker().tampering(satisfiedInstance(), tamperPositions()));
    }

    @Test
    void unsatisfiedWitnessIsRefused() {
        assertEquals(List.of(), checker().unsatisfiedWitness(unsatisfiedInstance()));
    }
}

package dev.eet.tck.privacy.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eet.api.privacy.CommitmentScheme;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * Conformance kit for {@link CommitmentScheme}s: binding (wrong openings rejected), hiding (fresh randomness),
 * malformed input handled, and, for homomorphic schemes, the homomorphic property as a jqwik property over
 * signed values. A scheme's conformance test is a few lines:
 *
 * <pre>{@code
 * class MySchemeConformanceTest extends CommitmentSchemeConformanceKit {
 *     @Override
 *     protected CommitmentScheme createScheme() {
 *         return new MyScheme();
 *     }
 * }
 * }</pre>
 */
public abstract class CommitmentSchemeConformanceKit {

    /** @return a new scheme */
    protected abstract CommitmentScheme createScheme();

    private CommitmentSchemeChecker checker() {
        return new CommitmentSchemeChecker(createScheme());
    }

    @Test
    void nameIsStable() {
        assertEquals(createScheme().name(), createScheme().name());
    }

    @Test
    void wrongOpeningsAreRejected() {
        for (long v : new long[] {0, 1, 42, 1_000_000_000_000L, -7}) {
            assertEquals(List.of(), checker().binding(BigInteger.valueOf(v)), "value " + v);
        }
    }

    @Test
    void malformedCommitmentsGiveFalse() {
        assertEquals(List.of(), checker().malformedInput());
    }

    @Test
    void freshRandomnessHides() {
        assertEquals(List.of(), checker().hiding(BigInteger.valueOf(5), 50));
    }

    /**
     * Homomorphic schemes: sums, differences and multiples open to the combined values. The constant is non-zero:
     * multiplying by zero gives the trivial commitment to (0, 0), which a scheme may refuse to encode.
     *
     * @param a a value
     * @param b a value
     * @param k a constant
     */
    @Property(tries = 60)
    void homomorphicOperationsOpenCorrectly(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long a,
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long b,
            @ForAll @LongRange(min = -1_000_000, max = 1_000_000) long k) {
        Assume.that(k != 0);
        assertEquals(List.of(), checker().homomorphism(BigInteger.valueOf(a), BigInteger.valueOf(b),
                BigInteger.valueOf(k)));
    }

    /**
     * Binding holds for arbitrary values.
     *
     * @param v a value
     */
    @Property(tries = 40)
    void bindingHoldsForArbitraryValues(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long v) {
        assertEquals(List.of(), checker().binding(BigInteger.valueOf(v)));
    }
}

package dev.eet.tck.privacy.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker catches planted flaws. */
class CommitmentSchemeCheckerTest {
    private static CommitmentSchemeChecker checker(ToyCommitmentScheme.Flaw flaw) {
        return new CommitmentSchemeChecker(new ToyCommitmentScheme(flaw));
    }

    @Test
    void correctSchemeHasNoViolations() {
        CommitmentSchemeChecker c = checker(ToyCommitmentScheme.Flaw.NONE);
        assertEquals(List.of(), c.binding(BigInteger.TEN));
        assertEquals(List.of(), c.hiding(BigInteger.TEN, 20));
        assertEquals(List.of(), c.homomorphism(BigInteger.TEN, BigInteger.TWO, BigInteger.valueOf(-3)));
    }

    @Test
    void catchesMissingBlinding() {
        assertFalse(checker(ToyCommitmentScheme.Flaw.IGNORES_BLINDING).hiding(BigInteger.TEN, 20).isEmpty());
    }

    @Test
    void catchesAcceptingAnyOpening() {
        assertFalse(checker(ToyCommitmentScheme.Flaw.ACCEPTS_ANY_OPENING).binding(BigInteger.TEN).isEmpty());
        assertFalse(checker(ToyCommitmentScheme.Flaw.ACCEPTS_ANY_OPENING).malformedInput().isEmpty());
    }

    @Test
    void catchesWrongHomomorphicSum() {
        assertFalse(checker(ToyCommitmentScheme.Flaw.WRONG_SUM)
                .homomorphism(BigInteger.TEN, BigInteger.TWO, BigInteger.ONE).isEmpty());
    }
}

package dev.eet.tck.privacy.homomorphic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The kit's checker must catch broken schemes, or the kit could not fail. */
class HomomorphicSchemeCheckerTest {
    private static HomomorphicSchemeChecker checker(ToyScheme.Defect d) {
        ToyScheme s = new ToyScheme(d);
        return new HomomorphicSchemeChecker(s, s.generateKeyPair());
    }

    private static final BigDecimal A = new BigDecimal("12.5");
    private static final BigDecimal B = new BigDecimal("-2.25");

    @Test
    void correctSchemePassesEveryLaw() {
        HomomorphicSchemeChecker c = checker(ToyScheme.Defect.NONE);
        assertTrue(c.addition(A, B).isEmpty());
        assertTrue(c.scalarMultiplication(A, new BigDecimal("-0.5")).isEmpty());
        assertTrue(c.randomised(A).isEmpty());
        assertTrue(c.overflowReported().isEmpty(), () -> c.overflowReported().toString());
    }

    @Test
    void deterministicEncryptionIsCaught() {
        assertFalse(checker(ToyScheme.Defect.DETERMINISTIC).randomised(A).isEmpty());
    }

    @Test
    void silentWrapIsCaught() {
        assertFalse(checker(ToyScheme.Defect.WRAPS_SILENTLY).overflowReported().isEmpty());
    }

    @Test
    void wrongAdditionIsCaught() {
        assertFalse(checker(ToyScheme.Defect.WRONG_ADD).addition(A, B).isEmpty());
    }

    @Test
    void lostSignIsCaught() {
        assertFalse(checker(ToyScheme.Defect.DROPS_NEGATIVE_SIGN).scalarMultiplication(A, new BigDecimal("-3"))
                .isEmpty());
    }
}

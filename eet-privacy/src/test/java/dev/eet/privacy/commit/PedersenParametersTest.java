package dev.eet.privacy.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.eet.privacy.ec.PrimeOrderGroup;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PedersenParametersTest {
    @Test
    void hIsHashToCurveOfTheDocumentedSeed() {
        PedersenParameters p = PedersenParameters.p256();
        assertEquals(PrimeOrderGroup.P256.hashToCurve("EET Pedersen H".getBytes(StandardCharsets.US_ASCII),
                "EET-V01-CS01-with-P256_XMD:SHA-256_SSWU_RO_"), p.h());
        assertEquals(PrimeOrderGroup.P256.generator(), p.g());
        assertNotEquals(p.g(), p.h());
    }

    @Test
    void vectorGeneratorsAreDistinctAndStable() {
        PedersenParameters p = PedersenParameters.p256();
        assertEquals(p.vectorG(4), p.vectorG(8).subList(0, 4));
        assertNotEquals(p.vectorG(2).get(0), p.vectorG(2).get(1));
        assertNotEquals(p.vectorG(1).get(0), p.vectorH(1).get(0));
    }
}

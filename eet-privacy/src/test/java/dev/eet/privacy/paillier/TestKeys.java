package dev.eet.privacy.paillier;

import java.security.SecureRandom;

/**
 * Short keys generated once per JVM for fast tests. 1024-bit moduli are NOT secure; the algorithms are identical
 * to the 3072-bit defaults, only the size differs.
 */
final class TestKeys {
    static final SecureRandom RANDOM = new SecureRandom();
    static final PaillierKeyPair KEY = PaillierKeyPair.generateInsecureTestKey(1024, RANDOM);
    static final PaillierKeyPair OTHER = PaillierKeyPair.generateInsecureTestKey(1024, RANDOM);

    private TestKeys() {
    }
}

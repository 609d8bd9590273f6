package dev.eet.privacy.compute;

import dev.eet.privacy.paillier.PaillierDecryptor;
import dev.eet.privacy.paillier.PaillierEncryptor;
import dev.eet.privacy.paillier.PaillierKeyPair;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One key holder and one evaluator over a 1024-bit test key generated once per JVM (short for speed only; the
 * protocols are identical at 3072 bits). The key holder's view records every plaintext it decrypted.
 */
final class ComputeFixture {
    static final SecureRandom RANDOM = new SecureRandom();
    static final PaillierKeyPair KEY = PaillierKeyPair.generateInsecureTestKey(1024, RANDOM);

    final List<BigInteger> view = new CopyOnWriteArrayList<>();
    final KeyHolder keyHolder = new KeyHolder(KEY.privateKey(), RANDOM, view::add);
    final PaillierEncryptor encryptor = PaillierEncryptor.standard(KEY.publicKey(), RANDOM);
    final PaillierDecryptor decryptor = PaillierDecryptor.create(KEY.privateKey(), RANDOM);
    final BlindedMultiplier multiplier = BlindedMultiplier.create(encryptor, keyHolder, RANDOM);
}

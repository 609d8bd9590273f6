/**
 * Paillier additively homomorphic encryption (privacy.md section 1): {@link dev.eet.privacy.paillier.PaillierKeyPair}
 * (3072-bit default, 2048 minimum), {@link dev.eet.privacy.paillier.PaillierEncryptor} (textbook or
 * Damgard-Jurik-Nielsen randomisers), {@link dev.eet.privacy.paillier.PaillierCiphertext} (add, subtract, add a
 * plaintext, multiply by a signed decimal constant, exact fixed-point scales),
 * {@link dev.eet.privacy.paillier.PaillierDecryptor} (CRT with exponent blinding, overflow reported), and
 * {@link dev.eet.privacy.paillier.PaillierScheme}, the {@code "paillier"} {@link dev.eet.api.privacy.HomomorphicScheme}.
 * Keys and ciphertexts have stable, versioned byte encodings.
 */
package dev.eet.privacy.paillier;

package dev.eet.hardware.pipeline;

import dev.eet.api.value.Bytes;

/** Signs bytes for the chain: the node's identity key. Implementations are thread-safe. */
public interface Signer {

    /** @return the algorithm name, e.g. {@code Ed25519} */
    String algorithm();

    /** @return the public key in its raw encoding (32 bytes for Ed25519) */
    Bytes publicKey();

    /**
     * @param message the bytes to sign
     * @return the signature (64 bytes for Ed25519)
     */
    Bytes sign(byte[] message);
}

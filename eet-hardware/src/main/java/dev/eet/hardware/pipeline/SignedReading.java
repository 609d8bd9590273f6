package dev.eet.hardware.pipeline;

import dev.eet.api.model.MeterReading;
import dev.eet.api.value.Bytes;
import java.util.Objects;

/**
 * A reading with the node's signature over its {@linkplain ReadingCodec#canonicalBytes canonical bytes}.
 *
 * @param reading the reading
 * @param algorithm the signature algorithm (Ed25519)
 * @param publicKey the signer's raw public key
 * @param signature the signature
 */
public record SignedReading(MeterReading reading, String algorithm, Bytes publicKey, Bytes signature) {

    /** Checks the fields are present. */
    public SignedReading {
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(signature, "signature");
    }

    /**
     * @param reading the reading
     * @param signer the node's key
     * @return the signed reading
     */
    public static SignedReading sign(MeterReading reading, Signer signer) {
        return new SignedReading(reading, signer.algorithm(), signer.publicKey(),
                signer.sign(ReadingCodec.canonicalBytes(reading)));
    }

    /** @return whether the signature is a valid Ed25519 signature of the reading by {@link #publicKey()} */
    public boolean verify() {
        return "Ed25519".equals(algorithm) && Ed25519Signer.verify(publicKey, ReadingCodec.canonicalBytes(reading), signature);
    }
}

package dev.eet.hardware.pipeline;

import dev.eet.api.value.Bytes;
import java.util.Objects;

/**
 * A period's energy with the node's signature over its {@linkplain PeriodEnergy#canonicalBytes canonical bytes}:
 * what goes on chain each upload period.
 *
 * @param period the period energy
 * @param algorithm the signature algorithm (Ed25519)
 * @param publicKey the signer's raw public key
 * @param signature the signature
 */
public record SignedPeriodEnergy(PeriodEnergy period, String algorithm, Bytes publicKey, Bytes signature) {

    /** Checks the fields are present. */
    public SignedPeriodEnergy {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(signature, "signature");
    }

    /**
     * @param period the period energy
     * @param signer the node's key
     * @return the signed period
     */
    public static SignedPeriodEnergy sign(PeriodEnergy period, Signer signer) {
        return new SignedPeriodEnergy(period, signer.algorithm(), signer.publicKey(), signer.sign(period.canonicalBytes()));
    }

    /** @return whether the signature is valid for the period and {@link #publicKey()} */
    public boolean verify() {
        return "Ed25519".equals(algorithm) && Ed25519Signer.verify(publicKey, period.canonicalBytes(), signature);
    }
}

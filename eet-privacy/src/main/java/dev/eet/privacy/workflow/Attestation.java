package dev.eet.privacy.workflow;

import dev.eet.api.value.Bytes;
import java.util.Objects;

/**
 * A signature by a trusted device (energy router, recharge interface, service node) over a record's body:
 * ECDSA P-256 with SHA-256 (JDK {@code SHA256withECDSA}, DER signature).
 *
 * @param attester the device's registered name
 * @param signature the DER-encoded signature
 */
public record Attestation(String attester, Bytes signature) {
    /** Rejects nulls. */
    public Attestation {
        Objects.requireNonNull(attester, "attester");
        Objects.requireNonNull(signature, "signature");
    }
}

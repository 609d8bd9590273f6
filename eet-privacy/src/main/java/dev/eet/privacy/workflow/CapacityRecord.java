package dev.eet.privacy.workflow;

import dev.eet.privacy.commit.PedersenCommitment;
import java.util.Objects;

/**
 * Step 1 (input): a committed generation capacity g (µkWh) for a delivery period, attested by the seller's energy
 * router, which hands the opening to the seller off chain.
 *
 * @param period the delivery period label
 * @param capacity C_g
 * @param attestation the router's signature over the body
 */
public record CapacityRecord(String period, PedersenCommitment capacity, Attestation attestation)
        implements PrivacyRecord, CapacitySource {
    /** Rejects nulls. */
    public CapacityRecord {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(attestation, "attestation");
    }

    /**
     * @param period the period
     * @param capacity the commitment
     * @return the body an attester signs
     */
    public static byte[] body(String period, PedersenCommitment capacity) {
        var w = PrivacyRecord.writer().string("capacity").string(period);
        PrivacyRecord.commitment(w, capacity);
        return w.toByteArray();
    }

    @Override
    public String kind() {
        return "capacity";
    }

    @Override
    public byte[] body() {
        return body(period, capacity);
    }

    @Override
    public byte[] evidence() {
        var w = PrivacyRecord.writer();
        PrivacyRecord.attestation(w, attestation);
        return w.toByteArray();
    }
}

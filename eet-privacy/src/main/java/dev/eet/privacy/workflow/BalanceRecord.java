package dev.eet.privacy.workflow;

import dev.eet.privacy.commit.PedersenCommitment;
import java.util.Objects;

/**
 * Step 2 (input): a committed balance b (units of 10^-12 currency, so that µkWh × µ/kWh products are exact),
 * attested by the recharge interface that took the deposit and handed the opening to the owner off chain.
 *
 * @param reference the deposit's reference (public, e.g. a receipt number)
 * @param balance C_b
 * @param attestation the recharge interface's signature over the body
 */
public record BalanceRecord(String reference, PedersenCommitment balance, Attestation attestation)
        implements PrivacyRecord, BalanceSource {
    /** Rejects nulls. */
    public BalanceRecord {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(attestation, "attestation");
    }

    /**
     * @param reference the deposit reference
     * @param balance the commitment
     * @return the body an attester signs
     */
    public static byte[] body(String reference, PedersenCommitment balance) {
        var w = PrivacyRecord.writer().string("balance").string(reference);
        PrivacyRecord.commitment(w, balance);
        return w.toByteArray();
    }

    @Override
    public String kind() {
        return "balance";
    }

    @Override
    public byte[] body() {
        return body(reference, balance);
    }

    @Override
    public byte[] evidence() {
        var w = PrivacyRecord.writer();
        PrivacyRecord.attestation(w, attestation);
        return w.toByteArray();
    }
}

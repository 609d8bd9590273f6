package dev.eet.privacy.workflow;

import dev.eet.api.value.Bytes;
import dev.eet.privacy.commit.PedersenCommitment;
import java.util.Objects;

/**
 * Step 5: the energy router's committed actual v_a (µkWh) for a confirmed match, with Enc(v_a) for the encrypted
 * deviation rule and the router's attestation. The opening goes to both parties off chain.
 *
 * @param match the match record
 * @param actual C_va
 * @param encryptedActual Enc(v_a) in kWh
 * @param attestation the router's signature over the body
 */
public record ActualsRecord(RecordId match, PedersenCommitment actual, Bytes encryptedActual,
        Attestation attestation) implements PrivacyRecord {
    /** Rejects nulls. */
    public ActualsRecord {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(encryptedActual, "encryptedActual");
        Objects.requireNonNull(attestation, "attestation");
    }

    /**
     * @param match the match
     * @param actual C_va
     * @param encryptedActual Enc(v_a)
     * @return the body the router signs
     */
    public static byte[] body(RecordId match, PedersenCommitment actual, Bytes encryptedActual) {
        var w = PrivacyRecord.writer();
        PrivacyRecord.id(w, match);
        PrivacyRecord.commitment(w, actual);
        w.bytes(encryptedActual.toArray());
        return w.toByteArray();
    }

    @Override
    public String kind() {
        return "actuals";
    }

    @Override
    public byte[] body() {
        return body(match, actual, encryptedActual);
    }

    @Override
    public byte[] evidence() {
        var w = PrivacyRecord.writer();
        PrivacyRecord.attestation(w, attestation);
        return w.toByteArray();
    }
}

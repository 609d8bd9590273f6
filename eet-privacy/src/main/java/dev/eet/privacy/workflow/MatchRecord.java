package dev.eet.privacy.workflow;

import dev.eet.api.value.Bytes;
import dev.eet.privacy.commit.PedersenCommitment;
import java.util.Objects;

/**
 * Step 3: the service node's match record MR: the matched plans, the committed matched quantity v_m (µkWh) with
 * Enc(v_m), the public clearing price p_m (µ/kWh), a 64-bit range proof on C_vm, and the service node's
 * attestation. The opening of C_vm goes to both parties off chain. One match per plan (no partial fills).
 *
 * @param sellPlan the sell plan
 * @param buyPlan the buy plan
 * @param quantity C_vm
 * @param priceMicros p_m in µ/kWh (public)
 * @param encryptedQuantity Enc(v_m) in kWh
 * @param rangeProof range proof on C_vm
 * @param attestation the service node's signature over the body
 */
public record MatchRecord(RecordId sellPlan, RecordId buyPlan, PedersenCommitment quantity, long priceMicros,
        Bytes encryptedQuantity, Bytes rangeProof, Attestation attestation) implements PrivacyRecord {
    /** Rejects nulls and negative prices. */
    public MatchRecord {
        Objects.requireNonNull(sellPlan, "sellPlan");
        Objects.requireNonNull(buyPlan, "buyPlan");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(encryptedQuantity, "encryptedQuantity");
        Objects.requireNonNull(rangeProof, "rangeProof");
        Objects.requireNonNull(attestation, "attestation");
        if (priceMicros < 0) {
            throw new IllegalArgumentException("match record: priceMicros: must not be negative");
        }
    }

    /**
     * @param sellPlan the sell plan
     * @param buyPlan the buy plan
     * @param quantity C_vm
     * @param priceMicros p_m
     * @param encryptedQuantity Enc(v_m)
     * @return the body the service node signs (and proofs are bound to)
     */
    public static byte[] body(RecordId sellPlan, RecordId buyPlan, PedersenCommitment quantity, long priceMicros,
            Bytes encryptedQuantity) {
        var w = PrivacyRecord.writer();
        PrivacyRecord.id(w, sellPlan);
        PrivacyRecord.id(w, buyPlan);
        PrivacyRecord.commitment(w, quantity);
        w.u64(priceMicros).bytes(encryptedQuantity.toArray());
        return w.toByteArray();
    }

    @Override
    public String kind() {
        return "match";
    }

    @Override
    public byte[] body() {
        return body(sellPlan, buyPlan, quantity, priceMicros, encryptedQuantity);
    }

    @Override
    public byte[] evidence() {
        var w = PrivacyRecord.writer().bytes(rangeProof.toArray());
        PrivacyRecord.attestation(w, attestation);
        return w.toByteArray();
    }
}

package dev.eet.privacy.workflow;

import dev.eet.api.value.Bytes;
import dev.eet.privacy.commit.PedersenCommitment;
import java.util.Objects;

/**
 * Step 1: the seller's committed sell plan (quantity v_s in µkWh, limit price p_s in µ/kWh) drawing on a capacity
 * record, with Paillier ciphertexts for matching and one aggregated range proof (64-bit) over
 * [C_g - C_vs, C_vs, C_ps, C_g]: 0 &lt;= v_s &lt;= g and p_s &gt;= 0 (it also proves the seller knows the capacity's
 * opening, i.e. owns it).
 *
 * @param capacityRecord the capacity record drawn on
 * @param quantity C_vs
 * @param price C_ps
 * @param encryptedQuantity Enc(v_s) in kWh
 * @param encryptedPrice Enc(p_s) per kWh
 * @param rangeProof the aggregated range proof
 */
public record SellPlanRecord(RecordId capacityRecord, PedersenCommitment quantity, PedersenCommitment price,
        Bytes encryptedQuantity, Bytes encryptedPrice, Bytes rangeProof) implements PrivacyRecord {
    /** Rejects nulls. */
    public SellPlanRecord {
        Objects.requireNonNull(capacityRecord, "capacityRecord");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(encryptedQuantity, "encryptedQuantity");
        Objects.requireNonNull(encryptedPrice, "encryptedPrice");
        Objects.requireNonNull(rangeProof, "rangeProof");
    }

    @Override
    public String kind() {
        return "sell-plan";
    }

    @Override
    public byte[] body() {
        var w = PrivacyRecord.writer();
        PrivacyRecord.id(w, capacityRecord);
        PrivacyRecord.commitment(w, quantity);
        PrivacyRecord.commitment(w, price);
        w.bytes(encryptedQuantity.toArray()).bytes(encryptedPrice.toArray());
        return w.toByteArray();
    }

    @Override
    public byte[] evidence() {
        return PrivacyRecord.writer().bytes(rangeProof.toArray()).toByteArray();
    }
}

package dev.eet.privacy.workflow;

import dev.eet.api.value.Bytes;
import dev.eet.privacy.commit.PedersenCommitment;
import java.util.Objects;

/**
 * Step 2: the buyer's committed buy plan (quantity v_p in µkWh, limit price p_p in µ/kWh) drawing on a balance,
 * with C_cost committing to v_p * p_p (10^-12 currency), a product proof for C_cost, Paillier ciphertexts, and an
 * aggregated 64-bit range proof over [C_b - C_cost, C_vp, C_pp, C_b]: the balance covers the plan, quantities and
 * prices are non-negative (so the product cannot wrap), and the buyer knows the balance's opening.
 *
 * @param balanceRecord the balance drawn on
 * @param quantity C_vp
 * @param price C_pp
 * @param cost C_cost
 * @param encryptedQuantity Enc(v_p) in kWh
 * @param encryptedPrice Enc(p_p) per kWh
 * @param productProof sigma proof that cost = quantity * price
 * @param rangeProof the aggregated range proof
 */
public record BuyPlanRecord(RecordId balanceRecord, PedersenCommitment quantity, PedersenCommitment price,
        PedersenCommitment cost, Bytes encryptedQuantity, Bytes encryptedPrice, Bytes productProof,
        Bytes rangeProof) implements PrivacyRecord {
    /** Rejects nulls. */
    public BuyPlanRecord {
        Objects.requireNonNull(balanceRecord, "balanceRecord");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(encryptedQuantity, "encryptedQuantity");
        Objects.requireNonNull(encryptedPrice, "encryptedPrice");
        Objects.requireNonNull(productProof, "productProof");
        Objects.requireNonNull(rangeProof, "rangeProof");
    }

    @Override
    public String kind() {
        return "buy-plan";
    }

    @Override
    public byte[] body() {
        var w = PrivacyRecord.writer();
        PrivacyRecord.id(w, balanceRecord);
        PrivacyRecord.commitment(w, quantity);
        PrivacyRecord.commitment(w, price);
        PrivacyRecord.commitment(w, cost);
        w.bytes(encryptedQuantity.toArray()).bytes(encryptedPrice.toArray());
        return w.toByteArray();
    }

    @Override
    public byte[] evidence() {
        return PrivacyRecord.writer().bytes(productProof.toArray()).bytes(rangeProof.toArray()).toByteArray();
    }
}

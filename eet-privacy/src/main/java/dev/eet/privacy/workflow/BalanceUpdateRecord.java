package dev.eet.privacy.workflow;

import dev.eet.api.value.Bytes;
import dev.eet.privacy.commit.PedersenCommitment;
import java.util.Objects;

/**
 * Step 6: a party's balance update for a settlement, b' = b - v_f*p_m (buyer) or b' = b + v_f*p_m (seller), with a
 * sigma proof that C_b' - C_b ± p_m*C_vf commits to zero and a 64-bit range proof b' &gt;= 0. It spends the previous
 * balance record and is itself a balance later plans can draw on.
 *
 * @param role whose balance
 * @param previous the balance record spent
 * @param settlement the settlement record
 * @param balance C_b'
 * @param relationProof the zero-commitment proof
 * @param rangeProof range proof on C_b'
 */
public record BalanceUpdateRecord(Role role, RecordId previous, RecordId settlement, PedersenCommitment balance,
        Bytes relationProof, Bytes rangeProof) implements PrivacyRecord, BalanceSource {
    /** Rejects nulls. */
    public BalanceUpdateRecord {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(settlement, "settlement");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(relationProof, "relationProof");
        Objects.requireNonNull(rangeProof, "rangeProof");
    }

    @Override
    public String kind() {
        return "balance-update";
    }

    @Override
    public byte[] body() {
        var w = PrivacyRecord.writer().string(role.name());
        PrivacyRecord.id(w, previous);
        PrivacyRecord.id(w, settlement);
        PrivacyRecord.commitment(w, balance);
        return w.toByteArray();
    }

    @Override
    public byte[] evidence() {
        return PrivacyRecord.writer().bytes(relationProof.toArray()).bytes(rangeProof.toArray()).toByteArray();
    }
}

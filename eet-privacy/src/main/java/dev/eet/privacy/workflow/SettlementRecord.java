package dev.eet.privacy.workflow;

import dev.eet.api.value.Bytes;
import dev.eet.privacy.commit.PedersenCommitment;
import java.util.Objects;

/**
 * Step 5 (outcome): the committed settled quantity v_f with an OR proof that v_f = v_m or v_f = v_a (which one the
 * deviation rule chose stays hidden from the public; the supervisor decided it on ciphertexts).
 *
 * @param match the match record
 * @param actuals the actuals record of that match
 * @param settled C_vf
 * @param orProof the CDS OR proof
 */
public record SettlementRecord(RecordId match, RecordId actuals, PedersenCommitment settled, Bytes orProof)
        implements PrivacyRecord {
    /** Rejects nulls. */
    public SettlementRecord {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(actuals, "actuals");
        Objects.requireNonNull(settled, "settled");
        Objects.requireNonNull(orProof, "orProof");
    }

    @Override
    public String kind() {
        return "settlement";
    }

    @Override
    public byte[] body() {
        var w = PrivacyRecord.writer();
        PrivacyRecord.id(w, match);
        PrivacyRecord.id(w, actuals);
        PrivacyRecord.commitment(w, settled);
        return w.toByteArray();
    }

    @Override
    public byte[] evidence() {
        return PrivacyRecord.writer().bytes(orProof.toArray()).toByteArray();
    }
}

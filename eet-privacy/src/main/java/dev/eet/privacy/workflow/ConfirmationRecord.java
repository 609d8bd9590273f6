package dev.eet.privacy.workflow;

import dev.eet.api.value.Bytes;
import java.util.Objects;

/**
 * Step 4: a party confirms a match by proving it owns the referenced plan (knowledge of the openings of the plan's
 * quantity and price commitments) and that the match respects the plan: a 64-bit range proof over
 * [C_vs - C_vm, p_m*G - C_ps] for the seller (v_m &lt;= v_s, p_m &gt;= p_s) or [C_vp - C_vm, C_pp - p_m*G] for the
 * buyer (v_m &lt;= v_p, p_m &lt;= p_p). Both proofs are bound to this record's context, which names the match.
 *
 * @param match the match record
 * @param role which plan of the match is confirmed
 * @param openingsProof sigma proof of the plan openings
 * @param rangeProof the aggregated range proof
 */
public record ConfirmationRecord(RecordId match, Role role, Bytes openingsProof, Bytes rangeProof)
        implements PrivacyRecord {
    /** Rejects nulls. */
    public ConfirmationRecord {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(openingsProof, "openingsProof");
        Objects.requireNonNull(rangeProof, "rangeProof");
    }

    @Override
    public String kind() {
        return "confirmation";
    }

    @Override
    public byte[] body() {
        var w = PrivacyRecord.writer();
        PrivacyRecord.id(w, match);
        w.string(role.name());
        return w.toByteArray();
    }

    @Override
    public byte[] evidence() {
        return PrivacyRecord.writer().bytes(openingsProof.toArray()).bytes(rangeProof.toArray()).toByteArray();
    }
}

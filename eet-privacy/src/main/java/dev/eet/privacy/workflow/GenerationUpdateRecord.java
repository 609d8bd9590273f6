package dev.eet.privacy.workflow;

import dev.eet.api.value.Bytes;
import dev.eet.privacy.commit.PedersenCommitment;
import java.util.Objects;

/**
 * Step 6 (seller): the generation update g' = g - v_f, with a sigma proof that C_g' - C_g + C_vf commits to zero
 * and a 64-bit range proof g' &gt;= 0. It spends the capacity record of the sell plan and is itself a capacity
 * later sell plans can draw on.
 *
 * @param previous the capacity record spent (the sell plan's)
 * @param settlement the settlement record
 * @param capacity C_g'
 * @param relationProof the zero-commitment proof
 * @param rangeProof range proof on C_g'
 */
public record GenerationUpdateRecord(RecordId previous, RecordId settlement, PedersenCommitment capacity,
        Bytes relationProof, Bytes rangeProof) implements PrivacyRecord, CapacitySource {
    /** Rejects nulls. */
    public GenerationUpdateRecord {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(settlement, "settlement");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(relationProof, "relationProof");
        Objects.requireNonNull(rangeProof, "rangeProof");
    }

    @Override
    public String kind() {
        return "generation-update";
    }

    @Override
    public byte[] body() {
        var w = PrivacyRecord.writer();
        PrivacyRecord.id(w, previous);
        PrivacyRecord.id(w, settlement);
        PrivacyRecord.commitment(w, capacity);
        return w.toByteArray();
    }

    @Override
    public byte[] evidence() {
        return PrivacyRecord.writer().bytes(relationProof.toArray()).bytes(rangeProof.toArray()).toByteArray();
    }
}

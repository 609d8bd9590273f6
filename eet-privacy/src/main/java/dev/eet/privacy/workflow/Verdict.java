package dev.eet.privacy.workflow;

import java.util.Objects;

/**
 * The outcome of submitting a record: accepted (and appended) or rejected with the reason (ledger unchanged).
 *
 * @param record the record's id
 * @param accepted whether it was appended
 * @param reason why it was rejected ({@code "accepted"} when it was not)
 */
public record Verdict(RecordId record, boolean accepted, String reason) {
    /** Rejects nulls. */
    public Verdict {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(reason, "reason");
    }

    static Verdict accept(RecordId id) {
        return new Verdict(id, true, "accepted");
    }

    static Verdict reject(RecordId id, String reason) {
        return new Verdict(id, false, reason);
    }

    @Override
    public String toString() {
        return (accepted ? "accepted " : "rejected ") + record + (accepted ? "" : ": " + reason);
    }
}

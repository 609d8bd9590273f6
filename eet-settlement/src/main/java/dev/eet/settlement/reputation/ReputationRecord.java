package dev.eet.settlement.reputation;

import dev.eet.api.model.ParticipantId;
import dev.eet.api.settlement.ReputationEvent;
import java.util.Objects;

/**
 * One entry of the reputation log.
 *
 * @param sequence position in the log, from 1, without gaps
 * @param participant whose reputation moved
 * @param event what happened
 * @param reason why, e.g. {@code "no upload for cycle 7"}
 */
public record ReputationRecord(long sequence, ParticipantId participant, ReputationEvent event, String reason) {
    /** Checks for nulls. */
    public ReputationRecord {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(reason, "reason");
    }
}

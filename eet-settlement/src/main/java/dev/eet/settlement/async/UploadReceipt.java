package dev.eet.settlement.async;

import dev.eet.api.model.ParticipantId;
import dev.eet.api.value.Energy;

/** What became of one meter upload. A closed set. */
public sealed interface UploadReceipt permits UploadReceipt.Accepted, UploadReceipt.RecordedLate {

    /** @return the cycle the upload is for */
    long cycle();

    /** @return the uploading user */
    ParticipantId user();

    /**
     * The upload will take part in its cycle's settlement.
     *
     * @param cycle the cycle
     * @param user the user
     * @param energy signed kWh: positive supplied, negative consumed
     */
    record Accepted(long cycle, ParticipantId user, Energy energy) implements UploadReceipt {
    }

    /**
     * The cycle was already settled: the upload is recorded but never settles (no cycle settles twice).
     *
     * @param cycle the cycle
     * @param user the user
     * @param energy signed kWh
     * @param settledAt the cycle at whose end its cycle had been settled
     */
    record RecordedLate(long cycle, ParticipantId user, Energy energy, long settledAt) implements UploadReceipt {
    }
}

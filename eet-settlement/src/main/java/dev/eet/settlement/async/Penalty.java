package dev.eet.settlement.async;

import dev.eet.api.model.ParticipantId;
import dev.eet.api.value.Money;
import java.util.Objects;

/**
 * The penalty applied to a user who did not upload before the tolerance ran out.
 *
 * @param participant the user
 * @param fineCharged the part of the configured fine actually moved to the fine account
 * @param fineUnpaid the part the account's credit limit did not cover (recorded, not moved)
 * @param frozen whether the account was frozen
 */
public record Penalty(ParticipantId participant, Money fineCharged, Money fineUnpaid, boolean frozen) {
    /** Checks for nulls. */
    public Penalty {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(fineCharged, "fineCharged");
        Objects.requireNonNull(fineUnpaid, "fineUnpaid");
    }
}

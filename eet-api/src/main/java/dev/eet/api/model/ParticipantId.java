package dev.eet.api.model;

import dev.eet.api.InvalidArgumentException;

/**
 * Identifies a market participant (a prosumer, consumer, producer, storage operator...). Also used as the
 * participant's account id by settlement.
 *
 * @param value non-blank identifier
 */
public record ParticipantId(String value) implements Comparable<ParticipantId> {
    /** The public grid as a counterparty (grid trades, settlement records). */
    public static final ParticipantId GRID = new ParticipantId("GRID");

    /** @throws InvalidArgumentException if the value is null or blank */
    public ParticipantId {
        if (value == null || value.isBlank()) {
            throw new InvalidArgumentException("participant", "id", "must not be blank");
        }
    }

    /**
     * @param value the identifier
     * @return the id
     */
    public static ParticipantId of(String value) {
        return new ParticipantId(value);
    }

    @Override
    public int compareTo(ParticipantId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package dev.eet.examples.demo;

import dev.eet.api.model.ParticipantId;
import dev.eet.api.spi.Config;
import dev.eet.api.value.Price;
import java.util.Objects;

/**
 * One simulated participant: its id and class, the configuration of its simulated meter (eet-hardware
 * {@code SimulatedMeter} keys and seed) and its price attitude.
 *
 * @param id the participant (and meter device) id
 * @param kind its class
 * @param meter the simulated meter's configuration, seed included
 * @param sellLimit the limit price of its sell orders
 * @param sellReserve the reserve (lowest acceptable) price of its sell orders
 * @param buyLimit the limit price of its buy orders
 * @param buyReserve the reserve (highest acceptable) price of its buy orders
 */
public record Participant(ParticipantId id, ParticipantClass kind, Config meter, Price sellLimit, Price sellReserve,
                          Price buyLimit, Price buyReserve) {
    /** Checks for nulls. */
    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(meter, "meter");
        Objects.requireNonNull(sellLimit, "sellLimit");
        Objects.requireNonNull(sellReserve, "sellReserve");
        Objects.requireNonNull(buyLimit, "buyLimit");
        Objects.requireNonNull(buyReserve, "buyReserve");
    }
}

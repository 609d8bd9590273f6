package dev.eet.privacy.workflow;

import dev.eet.privacy.commit.PedersenCommitment;

/** A record that holds a committed generation capacity a sell plan can draw on. */
public sealed interface CapacitySource permits CapacityRecord, GenerationUpdateRecord {
    /** @return the commitment to the capacity (µkWh) */
    PedersenCommitment capacity();
}

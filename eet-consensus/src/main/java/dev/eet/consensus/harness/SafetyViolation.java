package dev.eet.consensus.harness;

/**
 * A broken safety invariant, found at a virtual time.
 *
 * @param atMicros virtual time of detection
 * @param description what broke, naming nodes and heights
 */
public record SafetyViolation(long atMicros, String description) {
    @Override
    public String toString() {
        return "t=" + atMicros + "us: " + description;
    }
}

package dev.eet.hardware.driver;

/** The simulated household meter passes the vendor kit. */
class SimulatedHouseholdConformanceTest extends SimulatedKindConformance {
    @Override
    String kind() {
        return "household";
    }
}

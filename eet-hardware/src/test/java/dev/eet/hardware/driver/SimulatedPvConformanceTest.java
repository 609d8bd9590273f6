package dev.eet.hardware.driver;

/** The simulated pv meter passes the vendor kit. */
class SimulatedPvConformanceTest extends SimulatedKindConformance {
    @Override
    String kind() {
        return "pv";
    }
}

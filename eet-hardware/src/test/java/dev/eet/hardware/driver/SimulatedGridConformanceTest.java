package dev.eet.hardware.driver;

/** The simulated grid meter passes the vendor kit. */
class SimulatedGridConformanceTest extends SimulatedKindConformance {
    @Override
    String kind() {
        return "grid";
    }
}

package dev.eet.hardware.driver;

/** The simulated ev meter passes the vendor kit. */
class SimulatedEvConformanceTest extends SimulatedKindConformance {
    @Override
    String kind() {
        return "ev";
    }
}

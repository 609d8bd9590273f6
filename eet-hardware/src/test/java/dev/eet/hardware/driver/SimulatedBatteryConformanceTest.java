package dev.eet.hardware.driver;

/** The simulated battery meter passes the vendor kit. */
class SimulatedBatteryConformanceTest extends SimulatedKindConformance {
    @Override
    String kind() {
        return "battery";
    }
}

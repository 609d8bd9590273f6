package dev.eet.hardware.sim;

import dev.eet.api.InvalidArgumentException;
import java.util.Locale;

/** The branches of the reference deployment a simulated meter can stand for. */
public enum MeterKind {
    /** PV array: daylight curve with cloud noise, small standby import at night. */
    PV,
    /** Household load: base load, morning and evening peaks, appliance spikes. */
    HOUSEHOLD,
    /** Battery storage: charges around midday, discharges in the evening, within its state-of-charge limits. */
    BATTERY,
    /** EV charger: one evening session a day, charging at the charger's power until the car is full or leaves. */
    EV,
    /** Grid connection of a site with PV and a household: exports when PV exceeds the load. */
    GRID;

    /**
     * @param text pv, household, battery, ev or grid (any case)
     * @param subject for the error message
     * @return the kind
     */
    public static MeterKind parse(String text, String subject) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(subject, "kind", "must be pv, household, battery, ev or grid, was '" + text + "'");
        }
    }

    /** @return the lower-case name used in configuration */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

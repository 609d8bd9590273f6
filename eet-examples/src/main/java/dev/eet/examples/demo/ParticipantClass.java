package dev.eet.examples.demo;

import dev.eet.api.model.EnergyType;
import dev.eet.hardware.sim.MeterKind;
import java.util.Optional;

/** The kinds of simulated participant in the demo, each behind one eet-hardware simulated meter kind. */
public enum ParticipantClass {
    /** A PV producer: sells its daylight generation (energy type SOLAR); a little standby import at night. */
    PV("pv", MeterKind.PV, EnergyType.SOLAR),
    /** A household: buys its load (base load, morning and evening peaks, appliance spikes). */
    HOUSEHOLD("house", MeterKind.HOUSEHOLD, null),
    /** Battery storage: buys around midday while charging, sells in the evening (energy type STORAGE). */
    STORAGE("storage", MeterKind.BATTERY, EnergyType.STORAGE),
    /** An EV charger: buys during one evening charging session. */
    EV("ev", MeterKind.EV, null);

    private final String prefix;
    private final MeterKind meterKind;
    private final EnergyType sellType;

    ParticipantClass(String prefix, MeterKind meterKind, EnergyType sellType) {
        this.prefix = prefix;
        this.meterKind = meterKind;
        this.sellType = sellType;
    }

    /** @return the participant id prefix, e.g. {@code pv} for {@code pv-01} */
    public String prefix() {
        return prefix;
    }

    /** @return the simulated meter kind */
    public MeterKind meterKind() {
        return meterKind;
    }

    /** @return the energy type of this class's sell orders, if it has one */
    public Optional<EnergyType> sellType() {
        return Optional.ofNullable(sellType);
    }
}

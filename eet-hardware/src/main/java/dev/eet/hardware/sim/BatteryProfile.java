package dev.eet.hardware.sim;

/**
 * Battery storage: charges between 10:00 and 15:00 and discharges between 17:00 and 23:00 (UTC) at 60 to 100% of
 * its limits, never beyond its state-of-charge window (5% to 95% of capacity): a step's power is cut so that the
 * step cannot leave the window. Losses are not modelled: state of charge changes by exactly the metered energy.
 */
public final class BatteryProfile implements PowerProfile {
    private final long seed;
    private final long capacityMicroKwh;
    private final long maxChargeMicroKw;
    private final long maxDischargeMicroKw;
    private final long minSoc;
    private final long maxSoc;
    private long socMicroKwhMillisPerHour;

    /**
     * @param seed noise seed
     * @param capacityKwh usable capacity, kWh
     * @param maxChargeKw charge limit, kW
     * @param maxDischargeKw discharge limit, kW
     * @param initialSoc initial state of charge, 0 to 1
     */
    public BatteryProfile(long seed, double capacityKwh, double maxChargeKw, double maxDischargeKw, double initialSoc) {
        if (capacityKwh <= 0 || maxChargeKw <= 0 || maxDischargeKw <= 0 || initialSoc < 0 || initialSoc > 1) {
            throw new IllegalArgumentException("need positive capacity and limits and 0 <= initialSoc <= 1");
        }
        this.seed = seed;
        this.capacityMicroKwh = Noise.microKw(capacityKwh);
        this.maxChargeMicroKw = Noise.microKw(maxChargeKw);
        this.maxDischargeMicroKw = Noise.microKw(maxDischargeKw);
        this.minSoc = capacityMicroKwh / 20;
        this.maxSoc = capacityMicroKwh - capacityMicroKwh / 20;
        long soc = Math.max(minSoc, Math.min(maxSoc, Math.round(capacityMicroKwh * initialSoc)));
        this.socMicroKwhMillisPerHour = soc * 3_600_000L;
    }

    /** @return the state of charge, micro-kWh */
    public long stateOfChargeMicroKwh() {
        return socMicroKwhMillisPerHour / 3_600_000L;
    }

    /** @return the usable capacity, micro-kWh */
    public long capacityMicroKwh() {
        return capacityMicroKwh;
    }

    /** @return the lowest allowed state of charge, micro-kWh */
    public long minSocMicroKwh() {
        return minSoc;
    }

    /** @return the highest allowed state of charge, micro-kWh */
    public long maxSocMicroKwh() {
        return maxSoc;
    }

    @Override
    public long powerMicroKw(long stepStartMillis, long stepMillis) {
        double h = Noise.hourOfDay(stepStartMillis);
        double level = 0.6 + 0.4 * Noise.smooth(seed, 5, stepStartMillis, 1_800_000L);
        long soc = stateOfChargeMicroKwh();
        if (h >= 10 && h < 15) {
            long headroom = Math.max(0, maxSoc - soc);
            long byWindow = headroom * 3_600_000L / stepMillis;
            return -Math.min(Math.round(maxChargeMicroKw * level), byWindow);
        }
        if (h >= 17 && h < 23) {
            long available = Math.max(0, soc - minSoc);
            long byWindow = available * 3_600_000L / stepMillis;
            return Math.min(Math.round(maxDischargeMicroKw * level), byWindow);
        }
        return 0;
    }

    @Override
    public void integrated(long powerMicroKw, long millis) {
        socMicroKwhMillisPerHour -= powerMicroKw * millis;
    }
}

package dev.eet.hardware.sim;

/**
 * Household load (negative power): a base load of 0.2 to 0.35 kW, a morning peak around 07:00 and an evening peak
 * around 19:30 (Gaussian bumps), and appliance spikes (a 2 kW kettle or oven in about 2% of minutes), all scaled
 * by {@code scale}. Times of day are UTC.
 */
public final class HouseholdProfile implements PowerProfile {
    private final long seed;
    private final double scale;

    /**
     * @param seed noise seed
     * @param scale multiplies every term (1 = a typical 3,500 kWh/year household)
     */
    public HouseholdProfile(long seed, double scale) {
        if (scale <= 0) {
            throw new IllegalArgumentException("scale must be positive");
        }
        this.seed = seed;
        this.scale = scale;
    }

    @Override
    public long powerMicroKw(long stepStartMillis, long stepMillis) {
        double h = Noise.hourOfDay(stepStartMillis);
        double base = 0.2 + 0.15 * Noise.smooth(seed, 3, stepStartMillis, 3_600_000L);
        double morning = 0.7 * Math.exp(-Math.pow((h - 7.0) / 0.8, 2));
        double evening = 1.3 * Math.exp(-Math.pow((h - 19.5) / 1.5, 2));
        double spike = Noise.uniform(seed, 4, Math.floorDiv(stepStartMillis, 60_000L)) < 0.02 ? 2.0 : 0.0;
        return -Noise.microKw(scale * (base + morning + evening + spike));
    }
}

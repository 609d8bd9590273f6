package dev.eet.hardware.sim;

/**
 * PV array: {@code peak * sin(pi x)^1.5} between sunrise and sunset (x = fraction of the day's light), times a
 * day clearness (0.55 to 1) and a cloud factor that drifts smoothly every 15 minutes; a 4 W standby import at
 * night. Times of day are UTC.
 */
public final class PvProfile implements PowerProfile {
    private final long seed;
    private final double peakKw;
    private final double sunrise;
    private final double sunset;

    /**
     * @param seed noise seed
     * @param peakKw installed peak power, kW
     * @param sunrise hour of sunrise (UTC)
     * @param sunset hour of sunset (UTC)
     */
    public PvProfile(long seed, double peakKw, double sunrise, double sunset) {
        if (peakKw <= 0 || sunrise < 0 || sunset > 24 || sunrise >= sunset) {
            throw new IllegalArgumentException("need peakKw > 0 and 0 <= sunrise < sunset <= 24");
        }
        this.seed = seed;
        this.peakKw = peakKw;
        this.sunrise = sunrise;
        this.sunset = sunset;
    }

    @Override
    public long powerMicroKw(long stepStartMillis, long stepMillis) {
        double h = Noise.hourOfDay(stepStartMillis + stepMillis / 2);
        if (h <= sunrise || h >= sunset) {
            return -4_000;
        }
        double x = (h - sunrise) / (sunset - sunrise);
        double clearSky = Math.pow(Math.sin(Math.PI * x), 1.5);
        double dayClearness = 0.55 + 0.45 * Noise.uniform(seed, 1, Math.floorDiv(stepStartMillis, 86_400_000L));
        double cloud = Noise.smooth(seed, 2, stepStartMillis, 900_000L);
        double factor = dayClearness * (1 - 0.6 * cloud * cloud);
        return Noise.microKw(peakKw * clearSky * factor);
    }
}

package dev.eet.hardware.sim;

/**
 * EV charger (negative power): one session a day; the car arrives between 17:00 and 20:00 (UTC), needs 8 to 30 kWh,
 * charges at the charger's power until full, and leaves at 07:00 the next morning.
 */
public final class EvChargerProfile implements PowerProfile {
    private static final long DAY = 86_400_000L;
    private final long seed;
    private final long chargerMicroKw;
    private long sessionDay = Long.MIN_VALUE;
    private long deliveredMicroKwhMillisPerHour;

    /**
     * @param seed noise seed
     * @param chargerKw charging power, kW (e.g. 11 for a three-phase wallbox)
     */
    public EvChargerProfile(long seed, double chargerKw) {
        if (chargerKw <= 0) {
            throw new IllegalArgumentException("chargerKw must be positive");
        }
        this.seed = seed;
        this.chargerMicroKw = Noise.microKw(chargerKw);
    }

    private long arrivalMillis(long day) {
        return day * DAY + Math.round((17 + 3 * Noise.uniform(seed, 6, day)) * 3_600_000L);
    }

    private long needMicroKwh(long day) {
        return Noise.microKw(8 + 22 * Noise.uniform(seed, 7, day));
    }

    @Override
    public long powerMicroKw(long stepStartMillis, long stepMillis) {
        long day = Math.floorDiv(stepStartMillis, DAY);
        long session;
        if (stepStartMillis >= arrivalMillis(day)) {
            session = day;
        } else if (stepStartMillis < day * DAY + 7 * 3_600_000L) {
            session = day - 1;
        } else {
            return 0;
        }
        if (session != sessionDay) {
            sessionDay = session;
            deliveredMicroKwhMillisPerHour = 0;
        }
        long remaining = needMicroKwh(session) - deliveredMicroKwhMillisPerHour / 3_600_000L;
        if (remaining <= 0) {
            return 0;
        }
        return -Math.min(chargerMicroKw, remaining * 3_600_000L / stepMillis);
    }

    @Override
    public void integrated(long powerMicroKw, long millis) {
        if (powerMicroKw < 0) {
            deliveredMicroKwhMillisPerHour += -powerMicroKw * millis;
        }
    }
}

package dev.eet.consensus.election;

import java.util.Locale;

/**
 * PV plant classes of [Credit] and their trading cycles Ta: household rooftop = one quarter, single-owner cluster
 * = one month, multi-household community = one week. A year is 8760 hours, a quarter 2190, a month 730.
 */
public enum PvClass {
    /** Household rooftop PV: a quarter (2190 h). */
    HOUSEHOLD(2190),
    /** Single-owner PV cluster: a month (730 h). */
    CLUSTER(730),
    /** Multi-household community PV: a week (168 h). */
    COMMUNITY(168);

    private final double tradingCycleHours;

    PvClass(double tradingCycleHours) {
        this.tradingCycleHours = tradingCycleHours;
    }

    /** @return Ta in hours */
    public double tradingCycleHours() {
        return tradingCycleHours;
    }

    /** @return the lower-case name used in input ({@code household}, {@code cluster}, {@code community}) */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

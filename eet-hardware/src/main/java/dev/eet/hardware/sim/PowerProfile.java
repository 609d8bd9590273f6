package dev.eet.hardware.sim;

/**
 * The power a simulated branch draws or supplies, step by step (EET sign: positive = supply). Steps are visited
 * in order, once each; stateful profiles (battery, EV) update their state in {@link #integrated}.
 */
public interface PowerProfile {

    /**
     * @param stepStartMillis epoch milliseconds at the start of the step
     * @param stepMillis the step length
     * @return the power during the step, micro-kW
     */
    long powerMicroKw(long stepStartMillis, long stepMillis);

    /**
     * Called as simulated time passes at the step's power.
     *
     * @param powerMicroKw the step's power
     * @param millis how long it flowed
     */
    default void integrated(long powerMicroKw, long millis) {
    }
}

package dev.eet.hardware.sim;

/** Grid connection of a site: the sum of its branches (e.g. PV and a household); exports when the sum is positive. */
public final class GridProfile implements PowerProfile {
    private final PowerProfile[] branches;
    private final long[] last;

    /** @param branches the site's branches */
    public GridProfile(PowerProfile... branches) {
        this.branches = branches.clone();
        this.last = new long[branches.length];
    }

    @Override
    public long powerMicroKw(long stepStartMillis, long stepMillis) {
        long sum = 0;
        for (int i = 0; i < branches.length; i++) {
            last[i] = branches[i].powerMicroKw(stepStartMillis, stepMillis);
            sum = Math.addExact(sum, last[i]);
        }
        return sum;
    }

    @Override
    public void integrated(long powerMicroKw, long millis) {
        for (int i = 0; i < branches.length; i++) {
            branches[i].integrated(last[i], millis);
        }
    }
}

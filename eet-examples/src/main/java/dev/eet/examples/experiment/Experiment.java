package dev.eet.examples.experiment;

/**
 * One reproducible experiment: a stable name (lower-case, dashes), a one-line description, and a deterministic
 * run. Implementations have a public no-argument constructor and are listed in
 * {@code META-INF/services/dev.eet.examples.experiment.Experiment}.
 */
public interface Experiment {

    /** @return the name used on the command line, e.g. {@code cda-table2} */
    String name();

    /** @return one line for {@code eet experiment --list}, naming the paper and what is reproduced */
    String description();

    /**
     * Runs the experiment. Same seed, same result (byte for byte once written).
     *
     * @param seed the seed of any randomness (experiments without randomness ignore it)
     * @return the table, the findings and the chart
     */
    ExperimentResult run(long seed);
}

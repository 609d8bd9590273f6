/**
 * Reproductions of published experiments behind {@code eet experiment}: the pluggable
 * {@link dev.eet.examples.experiment.Experiment} interface, the {@link dev.eet.examples.experiment.Experiments}
 * registry (found through {@link java.util.ServiceLoader}, so a later module or issue adds an experiment by
 * listing its class in {@code META-INF/services/dev.eet.examples.experiment.Experiment}), the result model
 * ({@link dev.eet.examples.experiment.ExperimentResult}: a {@link dev.eet.examples.experiment.Table}, named
 * findings and a chart) and {@link dev.eet.examples.experiment.ExperimentOutput}, which writes
 * {@code NAME.csv}, {@code NAME.svg} and {@code NAME.json}.
 */
package dev.eet.examples.experiment;

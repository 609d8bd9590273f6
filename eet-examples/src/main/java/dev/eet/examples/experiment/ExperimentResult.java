package dev.eet.examples.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eet.examples.chart.Chart;
import java.util.Objects;

/**
 * What an experiment produced.
 *
 * @param table the data table (written as CSV and printed)
 * @param findings the findings as named JSON fields (exact decimals), written as {@code NAME.json}
 * @param chart the chart, written as {@code NAME.svg}
 */
public record ExperimentResult(Table table, ObjectNode findings, Chart chart) {
    /** Checks for nulls. */
    public ExperimentResult {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(chart, "chart");
    }
}

package dev.eet.examples.experiment;

import dev.eet.api.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of text cells (numbers already formatted exactly), written as RFC 4180 CSV and printed as aligned text.
 *
 * @param columns the header
 * @param rows the rows, each as wide as the header
 */
public record Table(List<String> columns, List<List<String>> rows) {
    /** Copies and checks the widths. */
    public Table {
        columns = List.copyOf(columns);
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = List.copyOf(rows.get(i));
            if (r.size() != columns.size()) {
                throw new InvalidArgumentException("table", "row #" + (i + 1), "has " + r.size() + " cells, expected "
                        + columns.size());
            }
            copy.add(r);
        }
        rows = List.copyOf(copy);
    }

    /** @return CSV with a header line, {@code \n} line ends, cells quoted when they hold a comma, quote or newline */
    public String toCsv() {
        StringBuilder b = new StringBuilder();
        line(b, columns);
        rows.forEach(r -> line(b, r));
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        b.append('\n');
    }

    /** @return the table as aligned text columns (header, a rule, the rows), for the console */
    public String toText() {
        int[] w = new int[columns.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = columns.get(i).length();
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], r.get(i).length());
            }
        }
        StringBuilder b = new StringBuilder();
        text(b, columns, w);
        for (int i = 0; i < w.length; i++) {
            b.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
        }
        b.append('\n');
        rows.forEach(r -> text(b, r, w));
        return b.toString();
    }

    private static void text(StringBuilder b, List<String> cells, int[] w) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            line.append(i == 0 ? "" : "  ").append(c).append(" ".repeat(w[i] - c.length()));
        }
        b.append(line.toString().stripTrailing()).append('\n');
    }
}

package dev.eet.examples.cli;

import dev.eet.examples.experiment.Experiment;
import dev.eet.examples.experiment.ExperimentOutput;
import dev.eet.examples.experiment.ExperimentResult;
import dev.eet.examples.experiment.Experiments;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code eet experiment}: reproduce a published experiment (CSV, SVG chart, JSON findings, printed table). */
final class ExperimentCommand implements Command {
    static final String DEFAULT_OUT = "eet-experiments-out";
    static final long DEFAULT_SEED = 7;

    @Override
    public String name() {
        return "experiment";
    }

    @Override
    public String summary() {
        return "reproduce a published experiment (CSV, SVG chart, JSON findings, table)";
    }

    @Override
    public String usage() {
        StringBuilder known = new StringBuilder();
        for (Experiment e : Experiments.load().all()) {
            known.append(String.format(java.util.Locale.ROOT, "  %-18s %s", e.name(), e.description())).append('\n');
        }
        return """
                usage: eet experiment --list
                       eet experiment NAME [--out DIR] [--seed S]

                Reproduces a published experiment with the real EET modules and writes DIR/NAME.csv (the table),
                DIR/NAME.svg (the chart) and DIR/NAME.json (the findings, named fields, exact decimals); prints the
                table on standard output and the files written on standard error.
                  --out DIR   output directory, created if missing (default ./%s)
                  --seed S    seed of the experiment's randomness (default %d); same seed, same bytes
                Experiments:
                %s
                An unknown NAME exits 1 naming the known ones.""".formatted(DEFAULT_OUT, DEFAULT_SEED,
                known.toString().stripTrailing());
    }

    @Override
    public int run(Args args, CommandIo io) throws IOException {
        args.requireOnly(Set.of("out", "seed"));
        Experiments experiments = Experiments.load();
        if (args.flag("list")) {
            if (!args.positional().isEmpty()) {
                throw new CliException("--list takes no experiment name", 2);
            }
            for (Experiment e : experiments.all()) {
                io.out().print(String.format(java.util.Locale.ROOT, "%-18s %s", e.name(), e.description()) + "\n");
            }
            return 0;
        }
        List<String> names = args.positional();
        if (names.size() != 1) {
            throw new CliException(names.isEmpty() ? "missing experiment NAME (eet experiment --list names them)"
                    : "expected one experiment NAME, got " + names.size() + ": " + String.join(" ", names), 2);
        }
        String name = names.get(0);
        Experiment experiment = experiments.find(name).orElseThrow(() -> new CliException("unknown experiment '"
                + name + "' (known: " + String.join(", ", experiments.names()) + ")"));
        long seed = args.longOption("seed", DEFAULT_SEED);
        Path dir = Path.of(args.option("out").orElse(DEFAULT_OUT));
        ExperimentResult result = experiment.run(seed);
        List<Path> files;
        try {
            files = ExperimentOutput.write(experiment.name(), result, dir);
        } catch (IOException e) {
            throw new CliException(dir + ": cannot write the results: " + e.getMessage(), e);
        }
        io.out().print(result.table().toText());
        for (Path f : files) {
            io.err().println("wrote " + f);
        }
        return 0;
    }
}

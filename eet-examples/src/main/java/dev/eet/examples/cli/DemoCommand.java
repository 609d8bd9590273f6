package dev.eet.examples.cli;

import dev.eet.api.matching.MatcherProvider;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.examples.demo.DemoRecord;
import dev.eet.examples.demo.DemoReport;
import dev.eet.examples.demo.DemoSummary;
import dev.eet.examples.node.NetworkDemo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code eet demo}: runs a small exchange on this machine ({@link NetworkDemo}: N reference nodes, PBFT over
 * loopback TCP, a simulated day in fast forward) and writes {@code report.html}, {@code summary.json} and
 * {@code trades.csv} ({@link DemoReport}) to {@code --out}; the nodes' keys and ledger files stay in
 * {@code OUT/chain}. Progress goes to standard error (a live bar on a console, otherwise a line per tenth of the
 * day), the summary table to standard output, then where the report is.
 */
final class DemoCommand implements Command {
    static final String DEFAULT_OUT = "eet-demo-out";
    private static final int BAR = 30;
    private static final String LOG_LEVEL = "org.slf4j.simpleLogger.log.dev.eet";

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "run a small exchange on this machine and write a report";
    }

    @Override
    public String usage() {
        NetworkDemo.Options d = NetworkDemo.Options.defaults();
        return """
                usage: eet demo [--nodes N] [--participants N] [--periods N] [--matcher NAME] [--seed S] [--out DIR]

                Starts N reference nodes in this process (PBFT over real TCP on 127.0.0.1, ledger files in
                DIR/chain), simulates a day of 15-minute periods for a seeded population (PV, households, storage,
                EV behind simulated meters) and runs it in fast forward: orders from the forecasts are submitted
                through the nodes, each period closes, its leader matches, the trades commit through consensus,
                the meters' actuals are uploaded and the settlement commits. Everything reported is read back
                from the nodes' chain-derived state.
                  --nodes N          consensus nodes, 1-32 (default %d)
                  --participants N   simulated participants, 4-10000 (default %d)
                  --periods N        15-minute periods, 1-9600 (default %d, one day)
                  --matcher NAME     any registered matcher (default %s)
                  --seed S           seed of population, day and node keys (default %d)
                  --out DIR          output directory (default ./%s): report.html, summary.json, trades.csv
                Same seed, same orders, trades and balances; block counts, head hashes, latency, tx/s and
                elapsed time vary from run to run.
                Exit codes: 0 done, 1 bad input (unknown matcher, unwritable DIR), 2 usage (bad option)."""
                .formatted(d.nodes(), d.participants(), d.periods(), d.matcher(), d.seed(), DEFAULT_OUT);
    }

    @Override
    public int run(Args args, CommandIo io) throws Exception {
        args.requireOnly(Set.of("nodes", "participants", "periods", "matcher", "seed", "out"));
        if (!args.positional().isEmpty()) {
            throw new CliException("unexpected argument '" + args.positional().get(0) + "'", 2);
        }
        NetworkDemo.Options d = NetworkDemo.Options.defaults();
        int nodes = intOption(args, "nodes", d.nodes(), 1, 32);
        int participants = intOption(args, "participants", d.participants(), 4, 10_000);
        int periods = intOption(args, "periods", d.periods(), 1, 9600);
        long seed = args.longOption("seed", d.seed());
        String matcher = args.option("matcher").orElse(d.matcher());
        ProviderRegistry<MatcherProvider> matchers = ProviderRegistry.load(MatcherProvider.class);
        if (matchers.find(matcher).isEmpty()) {
            throw new CliException("--matcher: unknown matcher '" + matcher + "' (known: "
                    + String.join(", ", matchers.names()) + ")");
        }
        Path out = Path.of(args.option("out").orElse(DEFAULT_OUT));
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CliException("--out: " + out + " exists and is not a directory");
        }
        // the nodes' INFO lines (replay, stop) would break the progress bar; WARN and above still show
        if (System.getProperty(LOG_LEVEL) == null) {
            System.setProperty(LOG_LEVEL, "warn");
        }
        NetworkDemo demo = new NetworkDemo(new NetworkDemo.Options(nodes, participants, periods, matcher, seed,
                NetworkDemo.Options.BATCH_TIME));
        io.err().println("eet demo: " + nodes + " nodes (pbft, 127.0.0.1), " + participants + " participants, "
                + periods + " periods, " + matcher + ", seed " + seed);
        Progress progress = new Progress(io, io.err() == System.err && System.console() != null);
        DemoRecord record = demo.run(out.resolve("chain"), progress::period);
        progress.done();
        List<Path> files;
        try {
            files = DemoReport.write(record, out);
        } catch (IOException e) {
            throw new CliException(out + ": cannot write the report: " + e.getMessage(), e);
        }
        DemoSummary summary = DemoSummary.of(record);
        io.out().print(summary.toText());
        io.out().println();
        io.out().println("report: " + files.get(0).toAbsolutePath().normalize());
        io.out().println("also:   " + files.get(1) + ", " + files.get(2) + ", ledgers in " + out.resolve("chain"));
        if (!summary.headsAgree() || !summary.moneyConserved()) {
            io.err().println("eet demo: " + (summary.headsAgree() ? "" : "the nodes' head hashes differ; ")
                    + (summary.moneyConserved() ? "" : "balances do not sum to zero; ") + "see " + files.get(1));
            return 1;
        }
        return 0;
    }

    private static int intOption(Args args, String name, int fallback, int lo, int hi) {
        long v = args.longOption(name, fallback);
        if (v < lo || v > hi) {
            throw new CliException("option --" + name + " must be between " + lo + " and " + hi + ", was " + v, 2);
        }
        return (int) v;
    }

    /** The progress bar: redrawn in place on a console, otherwise one line per tenth of the periods. */
    private static final class Progress {
        private final CommandIo io;
        private final boolean console;
        private final long start = System.nanoTime();
        private int lastTenth = -1;

        Progress(CommandIo io, boolean console) {
            this.io = io;
            this.console = console;
        }

        void period(int done, int total) {
            double secs = (System.nanoTime() - start) / 1e9;
            if (console) {
                int filled = (int) ((long) BAR * done / total);
                io.err().print(String.format(Locale.ROOT, "\r[%s%s] %d/%d periods  %.1f s", "#".repeat(filled),
                        "-".repeat(BAR - filled), done, total, secs));
                io.err().flush();
                return;
            }
            int tenth = (int) (10L * done / total);
            if (tenth != lastTenth) {
                lastTenth = tenth;
                io.err().println(String.format(Locale.ROOT, "eet demo: %d/%d periods  %.1f s", done, total, secs));
            }
        }

        void done() {
            if (console) {
                io.err().println();
            }
        }
    }
}

package dev.eet.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eet.api.InvalidArgumentException;
import dev.eet.consensus.harness.Fault;
import dev.eet.consensus.harness.FaultHarness;
import dev.eet.consensus.harness.FaultPlan;
import dev.eet.consensus.harness.HarnessResult;
import dev.eet.consensus.harness.SimulationTarget;
import dev.eet.consensus.harness.SimulationTargets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code eet simulate}: the consensus fault harness as a command. Runs seeded simulations of a PBFT group or a DPoS
 * chain in virtual time under random faults and prints a JSON summary; exit 4 when any run broke safety or
 * liveness.
 */
final class SimulateCommand implements Command {
    /** Exit code when a safety or liveness violation was found. */
    static final int VIOLATION = 4;
    private static final int MAX_MEMBERS = 100;

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String summary() {
        return "run the consensus fault harness (seeded, virtual time) and print JSON";
    }

    @Override
    public String usage() {
        return """
                usage: eet simulate --protocol PROTOCOLS --members N [--seeds S] [--first-seed K]
                                    [--faults crash,partition,loss,equivocate,delay] [--duration PT3S]

                Runs S seeded simulations (default 100; seeds K .. K+S-1, default K = 1) of N members on the
                simulated network, in virtual time. During --duration (default PT3S, the CI plan) faults are
                injected at random, never more at once than the protocol tolerates (PBFT: f = floor((N-1)/3);
                DPoS: floor((N-1)/2); DAG: what its F-DPoS delegates tolerate): crash (and restart), partition
                (and heal), loss (up to 20% per link), equivocate (Byzantine members: PBFT equivocating, silent,
                wrong-digest or invalid-vote members; DPoS equivocating or invalid-block delegates; DAG
                double-spending or forging delegates), delay (latency spikes up to 200 ms). Default: all
                five. Safety is checked after every event (no two honest nodes commit different blocks at one
                height; every committed block verifies); then the network heals and every honest node must
                commit 5 more transactions within 120 s (liveness). Same arguments, same output.
                Output: { "protocol", "members", "runs", "failed", "faultsInjected",
                          "failures": [ { "seed", "violation" } ], "minHonestHeight", "firstSeed", "faults",
                          "duration", "tolerated" }
                Exit codes: 0 no violation, 4 a violation was found (the JSON is still printed), 1 bad input,
                2 usage error. With S > 50 and a terminal, a progress bar goes to standard error.""".replace("PROTOCOLS",
                String.join("|", SimulationTargets.load().all().keySet()));
    }

    @Override
    public int run(Args args, CommandIo io) {
        args.requireOnly(Set.of("protocol", "members", "seeds", "first-seed", "faults", "duration"));
        if (!args.positional().isEmpty()) {
            throw new CliException("unexpected argument '" + args.positional().get(0) + "'", 2);
        }
        String protocol = args.required("protocol");
        SimulationTarget target;
        try {
            target = SimulationTargets.load().get(protocol);
        } catch (InvalidArgumentException e) {
            throw new CliException("simulate: --protocol: " + e.getMessage().substring(
                    e.getMessage().indexOf("must be")), 1);
        }
        int members = (int) bounded(args, "members", Long.MIN_VALUE, 1, MAX_MEMBERS);
        if (!target.supports(members)) {
            throw new CliException("simulate: --members: " + protocol + " cannot run with " + members + " nodes", 1);
        }
        int seeds = (int) bounded(args, "seeds", 100, 1, 1_000_000);
        long firstSeed = bounded(args, "first-seed", 1, Long.MIN_VALUE / 2, Long.MAX_VALUE / 2);
        Set<Fault> faults;
        try {
            faults = args.option("faults").map(f -> Fault.parse("simulate", "--faults", f))
                    .orElse(EnumSet.allOf(Fault.class));
        } catch (InvalidArgumentException e) {
            throw new CliException(e.getMessage(), 1);
        }
        Duration duration = duration(args.option("duration").orElse("PT3S"));
        FaultPlan plan = FaultPlan.DEFAULT.withKinds(faults).withFaultyPhase(duration);
        Progress progress = new Progress(io, seeds, seeds > 50 && System.console() != null && io.err() == System.err);
        int tolerated = target.tolerated(firstSeed, members);
        FaultHarness.Summary s = FaultHarness.summarize(firstSeed, seeds, seed -> target.run(seed, members, plan),
                progress::advance);
        progress.finish();

        ObjectNode out = report(protocol, members, s);
        out.put("firstSeed", firstSeed);
        ArrayNode kinds = out.putArray("faults");
        faults.forEach(f -> kinds.add(f.label()));
        out.put("duration", duration.toString());
        out.put("tolerated", tolerated);
        Json.write(out, io);
        return exitCode(s);
    }

    /**
     * @param s a harness summary
     * @return 0 when every run held, {@link #VIOLATION} otherwise
     */
    static int exitCode(FaultHarness.Summary s) {
        return s.failed().isEmpty() ? 0 : VIOLATION;
    }

    /**
     * @param protocol the protocol name
     * @param members the group size
     * @param s the harness summary
     * @return the contract fields of the output
     */
    static ObjectNode report(String protocol, int members, FaultHarness.Summary s) {
        ObjectNode out = Json.object();
        out.put("protocol", protocol);
        out.put("members", members);
        out.put("runs", s.runs());
        out.put("failed", s.failed().size());
        out.put("faultsInjected", s.faultsInjected());
        ArrayNode failures = out.putArray("failures");
        for (HarnessResult r : s.failed()) {
            failures.addObject().put("seed", r.seed()).put("violation", r.violations().get(0));
        }
        out.put("minHonestHeight", s.minHonestHeight());
        return out;
    }

    private static long bounded(Args args, String name, long fallback, long min, long max) {
        if (fallback == Long.MIN_VALUE && args.option(name).isEmpty()) {
            throw new CliException("missing required option --" + name, 2);
        }
        long v;
        try {
            v = args.longOption(name, fallback);
        } catch (CliException e) {
            throw new CliException("simulate: --" + name + ": must be a whole number, was '"
                    + args.option(name).orElse("") + "'", 1);
        }
        if (v < min || v > max) {
            throw new CliException("simulate: --" + name + ": must be in [" + min + ", " + max + "], was " + v, 1);
        }
        return v;
    }

    private static Duration duration(String text) {
        Duration d;
        try {
            d = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new CliException("simulate: --duration: must be an ISO-8601 duration such as PT30S, was '"
                    + text + "'", 1);
        }
        if (d.isNegative() || d.compareTo(Duration.ofHours(1)) > 0) {
            throw new CliException("simulate: --duration: must be between PT0S and PT1H, was " + d, 1);
        }
        return d;
    }

    /** A one-line progress bar on standard error, redrawn in place; silent when not enabled. */
    private static final class Progress {
        private final CommandIo io;
        private final int total;
        private final boolean enabled;
        private int done;
        private int failed;

        Progress(CommandIo io, int total, boolean enabled) {
            this.io = io;
            this.total = total;
            this.enabled = enabled;
        }

        void advance(HarnessResult r) {
            done++;
            if (!r.ok()) {
                failed++;
            }
            if (!enabled) {
                return;
            }
            int width = 30;
            int filled = (int) ((long) done * width / total);
            io.err().print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total
                    + " runs, " + failed + " failed");
            io.err().flush();
        }

        void finish() {
            if (enabled) {
                io.err().println();
            }
        }
    }
}

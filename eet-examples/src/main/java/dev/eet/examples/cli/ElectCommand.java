package dev.eet.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eet.api.consensus.ElectionResult;
import dev.eet.examples.elect.ElectionInput;
import dev.eet.examples.elect.ElectionRun;
import java.util.Set;

/** {@code eet elect}: run delegate elections and print JSON (node.md). */
final class ElectCommand implements Command {

    @Override
    public String name() {
        return "elect";
    }

    @Override
    public String summary() {
        return "run delegate elections and print JSON";
    }

    @Override
    public String usage() {
        return """
                usage: eet elect --input FILE|-

                Runs delegate elections with one election policy and prints how often each node was elected.
                Input (JSON): { "policy": "credit", "delegates": 3, "standbys": 0, "rounds": 1000, "seed": 7,
                  "params": { "mu": 0.5, "xi": 0.5, "alpha": 0.3, "beta": 0.3, "gamma": 0.4 },
                  "votes": { "mode": "random", "votesPerNode": 10 },
                  "nodes": [ { "id": "1", "frequency": 4, "quality": 6, "capacity": 2,
                               "creditLoss": 1, "creditGain": 0 } ] }
                Policies and their node attributes:
                  stake       stake (random votes: each vote weighted by the voter's stake)
                  latency     rttMs (average ms, or {peer: ms|null}; or a top-level latencyMatrix), malicious
                  credit      frequency, capacity, quality | plannedKwh + actualKwh,
                              creditLoss | hoursSinceDelegate + tradingCycleHours|pvClass,
                              creditGain | packedAll, role (prosumer|seller|buyer|supervisor|backstop)
                  fdpos       compute, tokenGrowth, votes (delegates must be odd)
                  reputation  reputation, party
                votes.mode: random (each node casts votesPerNode votes, each to a uniformly random node, anew
                every round) or fixed (each node carries "votes"). Same input and seed, same output.
                Output: { "policy", "rounds", "selections": {id: count}, "lastDelegates": [ids],
                          "excluded": [{ "id", "reason" }] }""";
    }

    @Override
    public int run(Args args, CommandIo io) {
        args.requireOnly(Set.of("input"));
        if (!args.positional().isEmpty()) {
            throw new CliException("unexpected argument '" + args.positional().get(0) + "' (use --input FILE|-)", 2);
        }
        ElectionInput input = ElectionInput.parse(Json.read(args.required("input"), io));
        ElectionRun.Outcome outcome = ElectionRun.run(input);
        ObjectNode out = Json.object();
        out.put("policy", outcome.policy());
        out.put("rounds", outcome.rounds());
        ObjectNode selections = out.putObject("selections");
        outcome.selections().forEach((id, count) -> selections.put(id.value(), count));
        ArrayNode last = out.putArray("lastDelegates");
        outcome.last().delegates().forEach(id -> last.add(id.value()));
        ArrayNode excluded = out.putArray("excluded");
        for (ElectionResult.Exclusion e : outcome.last().excluded()) {
            excluded.addObject().put("id", e.node().value()).put("reason", e.reason());
        }
        Json.write(out, io);
        return 0;
    }
}

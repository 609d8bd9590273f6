package dev.eet.examples.cli;

import dev.eet.api.model.ParticipantId;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.value.Energy;
import dev.eet.examples.settle.SettleInput;
import dev.eet.examples.settle.SettleOutput;
import dev.eet.settlement.async.AsyncSettlement;
import dev.eet.settlement.async.CycleOutcome;
import dev.eet.settlement.async.PenaltyPolicy;
import dev.eet.settlement.ledger.CreditLimit;
import dev.eet.settlement.ledger.Ledger;
import dev.eet.settlement.reputation.BoundedReputationRule;
import dev.eet.settlement.reputation.ReputationLog;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** {@code eet settle}: run asynchronous settlement on one cycle and print JSON (node.md). */
final class SettleCommand implements Command {

    @Override
    public String name() {
        return "settle";
    }

    @Override
    public String summary() {
        return "run asynchronous settlement and print JSON";
    }

    @Override
    public String usage() {
        return """
                usage: eet settle --input FILE|-

                Settles one cycle of metered data against a price/priority matrix (settlement.md section 1):
                suppliers by ascending user id each serve their buyers by priority (1 first, ties by buyer id);
                supply no buyer takes is sold to the grid, demand no supplier serves is bought from the grid.
                Input (JSON): { "cycle": 1, "gridPrice": 0.6,
                  "supply":      [ { "user": "A", "kwh": 10 } ],
                  "consumption": [ { "user": "B", "kwh": 7 }, { "user": "C", "kwh": 5 } ],
                  "priceMatrix": [ { "seller": "A", "buyer": "B", "priority": 1, "price": 0.40 },
                                   { "seller": "A", "buyer": "C", "priority": 2, "price": 0.42 } ] }
                Output: { "cycle", "records": [ { "seller", "buyer", "quantityKwh", "price", "amount" } ]
                  (in the order made; "GRID" as seller or buyer for grid trades),
                  "balances": { "<user>": amount, "GRID": amount } } (accounts start at zero; exact decimals).
                Bad input exits 1 with one line naming the element and the field.""";
    }

    @Override
    public int run(Args args, CommandIo io) {
        args.requireOnly(Set.of("input"));
        if (!args.positional().isEmpty()) {
            throw new CliException("unexpected argument '" + args.positional().get(0) + "' (use --input FILE|-)", 2);
        }
        String source = args.required("input");
        SettleInput input = SettleInput.parse(Json.read(source, io));
        Ledger ledger = Ledger.withStandardAccounts();
        AsyncSettlement engine = new AsyncSettlement(ledger,
                new ReputationLog(BoundedReputationRule.reportCh4Reputation()), 0, PenaltyPolicy.REPUTATION_ONLY,
                CreditLimit.UNLIMITED);
        Set<ParticipantId> users = new LinkedHashSet<>(input.supply().keySet());
        users.addAll(input.consumption().keySet());
        engine.open(input.cycle(), users, input.matrix(), input.gridPrice());
        for (Map.Entry<ParticipantId, Energy> s : input.supply().entrySet()) {
            engine.upload(input.cycle(), s.getKey(), s.getValue());
        }
        for (Map.Entry<ParticipantId, Energy> c : input.consumption().entrySet()) {
            engine.upload(input.cycle(), c.getKey(), c.getValue().negate());
        }
        CycleOutcome outcome = engine.settle(input.cycle(), input.cycle());
        if (!(outcome instanceof CycleOutcome.Settled settled)) {
            throw new IllegalStateException("every upload is present, yet the cycle did not settle: " + outcome);
        }
        Set<AccountId> shown = new HashSet<>();
        users.forEach(u -> {
            AccountId id = AccountId.of(u);
            if (!ledger.has(id)) {
                ledger.openIfAbsent(id, CreditLimit.UNLIMITED);
            }
            shown.add(id);
        });
        shown.add(AccountId.GRID);
        Json.write(SettleOutput.render(input.cycle(), settled.records(), ledger.balances(), shown), io);
        return 0;
    }
}

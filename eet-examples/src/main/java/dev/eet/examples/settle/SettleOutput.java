package dev.eet.examples.settle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.value.Money;
import dev.eet.examples.cli.Json;
import dev.eet.settlement.async.SettlementRecord;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The output of {@code eet settle} (node.md): {@code {"cycle", "records": [{"seller", "buyer", "quantityKwh",
 * "price", "amount"}], "balances": {"<user>": amount, ..., "GRID": amount}}}, records in the order made
 * ({@code "GRID"} as seller or buyer for grid trades), exact decimals.
 */
public final class SettleOutput {

    private SettleOutput() {
    }

    /**
     * @param cycle the cycle
     * @param records the records in the order made
     * @param balances every ledger balance
     * @param shown the accounts to print (participants and the grid)
     * @return the JSON document
     */
    public static ObjectNode render(long cycle, List<SettlementRecord> records, Map<AccountId, Money> balances,
                                    Set<AccountId> shown) {
        ObjectNode root = Json.object();
        root.put("cycle", cycle);
        ArrayNode list = root.putArray("records");
        for (SettlementRecord r : records) {
            ObjectNode o = list.addObject();
            o.put("seller", r.seller().value());
            o.put("buyer", r.buyer().value());
            o.put("quantityKwh", Json.exact(r.quantity().toKwh()));
            o.put("price", Json.exact(r.price().toDecimal()));
            o.put("amount", Json.exact(r.amount().toDecimal()));
        }
        ObjectNode b = root.putObject("balances");
        balances.forEach((id, money) -> {
            if (shown.contains(id)) {
                b.put(id.value(), Json.exact(money.toDecimal()));
            }
        });
        return root;
    }
}

package dev.eet.settlement.async;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Algorithm 1 of [Report ch.2] as corrected by settlement.md section 1 (in the no-buyer branch it is the supply
 * that goes to zero, {@code s.value = 0}, not the consumption):
 * <pre>
 * for each supply record s, by ascending user id:
 *     while s.value &gt; 0:
 *         b = next buyer of s by priority whose consumption c.value &gt; 0
 *         if none: record (s.value, s.value * gridPrice, grid buys from s.user); s.value = 0
 *         else:    q = min(s.value, c.value); record (q, q * PM[s][b].price, b buys from s.user)
 *                  s.value -= q; c.value -= q
 * for each consumption record c with c.value &gt; 0, by ascending user id:
 *     record (c.value, c.value * gridPrice, c.user buys from the grid)
 * </pre>
 * Every supplied and every consumed kWh appears in exactly one record. Pure and deterministic.
 */
public final class PriorityMatrixSettlement {

    private PriorityMatrixSettlement() {
    }

    /**
     * @param supply energy supplied per user (positive; zero is skipped), iterated in key order
     * @param consumption energy consumed per user (positive; zero is skipped)
     * @param matrix the price/priority matrix
     * @param gridPrice the grid price for everything the matrix does not place
     * @param gridOnly users whose whole position the grid takes (e.g. frozen accounts)
     * @return the records in the order made
     * @throws InvalidArgumentException on a negative quantity
     */
    public static List<SettlementRecord> settle(SortedMap<ParticipantId, Energy> supply,
                                                SortedMap<ParticipantId, Energy> consumption, PriceMatrix matrix,
                                                Price gridPrice, Set<ParticipantId> gridOnly) {
        Map<ParticipantId, Energy> open = new HashMap<>();
        consumption.forEach((user, kwh) -> {
            requireNotNegative("consumption", user, kwh);
            open.put(user, kwh);
        });
        List<SettlementRecord> out = new ArrayList<>();
        for (Map.Entry<ParticipantId, Energy> s : supply.entrySet()) {
            ParticipantId seller = s.getKey();
            Energy left = requireNotNegative("supply", seller, s.getValue());
            if (!gridOnly.contains(seller)) {
                for (MatrixEntry cell : matrix.buyersOf(seller)) {
                    if (!left.isPositive()) {
                        break;
                    }
                    Energy need = open.get(cell.buyer());
                    if (need == null || !need.isPositive() || gridOnly.contains(cell.buyer())) {
                        continue;
                    }
                    Energy q = Energy.min(left, need);
                    out.add(SettlementRecord.of(seller, cell.buyer(), q, cell.price()));
                    left = left.minus(q);
                    open.put(cell.buyer(), need.minus(q));
                }
            }
            if (left.isPositive()) {
                out.add(SettlementRecord.of(seller, ParticipantId.GRID, left, gridPrice)); // erratum: s.value = 0
            }
        }
        for (ParticipantId buyer : consumption.keySet()) {
            Energy need = open.get(buyer);
            if (need.isPositive()) {
                out.add(SettlementRecord.of(ParticipantId.GRID, buyer, need, gridPrice));
            }
        }
        return List.copyOf(out);
    }

    private static Energy requireNotNegative(String what, ParticipantId user, Energy kwh) {
        if (kwh.isNegative()) {
            throw new InvalidArgumentException(what + " of " + user, "kwh", "must not be negative, was "
                    + kwh.toPlainString());
        }
        return kwh;
    }
}

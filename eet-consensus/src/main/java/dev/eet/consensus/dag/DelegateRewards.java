package dev.eet.consensus.dag;

import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.value.Bytes;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Pays the DAG's delegates with a token reward with halving (settlement.md section 5, [FDPoS]) through a
 * {@link RewardSchedule} (eet-settlement's {@code TokenRewards} in practice): one reward epoch is one week of the
 * schedule. A delegate's volume W_i for the epoch is the
 * sum of the volumes of the vertices confirmed in the epoch that it signed a confirmation of (its confirmation
 * work); the volume of a vertex comes from a function of its transaction, by default 1 kWh per transaction (so W_i
 * counts confirmed transactions in kWh units). Refresh/halving and the difficulty iteration are the schedule's.
 * Paying out (minting into the reward pool, moving to the delegates) is the schedule owner's, e.g.
 * {@code TokenRewards.payOut}. Not thread-safe.
 */
public final class DelegateRewards {
    private final RewardSchedule schedule;
    private final Function<TransactionEnvelope, Energy> volume;
    private int closedUpTo;

    /**
     * @param schedule the token-reward schedule
     * @param volume the volume a confirmed transaction counts for (not negative)
     */
    public DelegateRewards(RewardSchedule schedule, Function<TransactionEnvelope, Energy> volume) {
        this.schedule = schedule;
        this.volume = volume;
    }

    /**
     * @param schedule the token-reward schedule; every transaction counts 1 kWh
     */
    public DelegateRewards(RewardSchedule schedule) {
        this(schedule, tx -> Energy.ofKwh(1));
    }

    /**
     * The delegates' volumes of the vertices the ledger confirmed since the last close.
     *
     * @param ledger a node's ledger (every honest node gives the same result once it confirmed the same vertices)
     * @return W_i by delegate (delegates with no work included at zero)
     */
    public Map<ParticipantId, Energy> volumes(DagLedger ledger) {
        Map<ParticipantId, Energy> w = new TreeMap<>();
        for (NodeId d : ledger.delegates()) {
            w.put(ParticipantId.of(d.value()), Energy.ZERO);
        }
        List<Bytes> confirmed = ledger.confirmed();
        for (Bytes id : confirmed.subList(closedUpTo, confirmed.size())) {
            Energy e = volume.apply(ledger.vertex(id).orElseThrow().transaction());
            if (e.isNegative()) {
                throw new dev.eet.api.InvalidArgumentException("delegate rewards of vertex " + id.toHex(),
                        "volume", "must not be negative, was " + e.toPlainString());
            }
            for (NodeId d : ledger.confirmationsOf(id).keySet()) {
                w.merge(ParticipantId.of(d.value()), e, Energy::plus);
            }
        }
        return w;
    }

    /**
     * Closes one reward epoch (one week of the schedule).
     *
     * @param ledger a node's ledger
     * @return the week's rewards per delegate
     */
    public SortedMap<ParticipantId, Money> closeEpoch(DagLedger ledger) {
        Map<ParticipantId, Energy> w = volumes(ledger);
        closedUpTo = ledger.confirmed().size();
        return schedule.closeWeek(w);
    }
}

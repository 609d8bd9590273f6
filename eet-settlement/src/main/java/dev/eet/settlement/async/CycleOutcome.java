package dev.eet.settlement.async;

import dev.eet.api.model.ParticipantId;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** What happened to a settlement cycle at the end of a cycle. A closed set. */
public sealed interface CycleOutcome permits CycleOutcome.Settled, CycleOutcome.Deferred,
        CycleOutcome.SettledIncompletely {

    /** @return the cycle */
    long cycle();

    /**
     * Every expected upload arrived (on time, or late but within the tolerance): settled normally.
     *
     * @param cycle the cycle
     * @param settledAt the cycle at whose end it was settled
     * @param records the records in the order made
     */
    record Settled(long cycle, long settledAt, List<SettlementRecord> records) implements CycleOutcome {
        /** Copies the list. */
        public Settled {
            records = List.copyOf(records);
        }
    }

    /**
     * Abnormal cycle: some uploads are missing; nothing moved yet.
     *
     * @param cycle the cycle
     * @param missing users whose upload has not arrived
     * @param deadline the cycle at whose end it is settled incompletely if they still miss
     */
    record Deferred(long cycle, SortedSet<ParticipantId> missing, long deadline) implements CycleOutcome {
        /** Copies the set. */
        public Deferred {
            missing = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(missing));
        }
    }

    /**
     * The tolerance ran out: settled on the data present, the grid taking every remaining position, with
     * penalties for the users who did not upload.
     *
     * @param cycle the cycle
     * @param settledAt the cycle at whose end it was settled
     * @param records the records in the order made
     * @param penalties one per missing user, by user id
     */
    record SettledIncompletely(long cycle, long settledAt, List<SettlementRecord> records, List<Penalty> penalties)
            implements CycleOutcome {
        /** Copies the lists. */
        public SettledIncompletely {
            records = List.copyOf(records);
            penalties = List.copyOf(penalties);
        }

        /** @return the users penalised */
        public Set<ParticipantId> missing() {
            SortedSet<ParticipantId> out = new TreeSet<>();
            penalties.forEach(p -> out.add(p.participant()));
            return java.util.Collections.unmodifiableSortedSet(out);
        }
    }
}

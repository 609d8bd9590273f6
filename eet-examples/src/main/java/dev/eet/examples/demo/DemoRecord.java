package dev.eet.examples.demo;

import dev.eet.api.settlement.AccountId;
import dev.eet.api.value.Money;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable snapshot of a {@link DemoRecorder}: the input of {@link DemoSummary} and {@link DemoReport}.
 *
 * @param setup the run's fixed facts
 * @param periods one record per period, in order
 * @param balances the final balances as the ledger (or a node) reported them; empty if none were reported, in
 *     which case balances are re-derived from the recorded transfers
 * @param heads the last chain head each node reported, by node id
 * @param blocks committed blocks (as last reported)
 * @param transactions committed transactions (as last reported)
 * @param elapsed wall time of the run, if reported
 */
public record DemoRecord(DemoSetup setup, List<PeriodRecord> periods, SortedMap<AccountId, Money> balances,
                         SortedMap<String, Head> heads, long blocks, long transactions, Optional<Duration> elapsed) {
    /** Copies the collections. */
    public DemoRecord {
        Objects.requireNonNull(setup, "setup");
        periods = List.copyOf(periods);
        balances = Collections.unmodifiableSortedMap(new TreeMap<>(balances));
        heads = Collections.unmodifiableSortedMap(new TreeMap<>(heads));
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /**
     * One node's chain head.
     *
     * @param height the head's height
     * @param hash the head block's hash (hex)
     */
    public record Head(long height, String hash) {
        /** Checks the hash. */
        public Head {
            Objects.requireNonNull(hash, "hash");
        }
    }
}

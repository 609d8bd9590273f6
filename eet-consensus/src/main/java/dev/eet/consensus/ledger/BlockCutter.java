package dev.eet.consensus.ledger;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.value.Bytes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Cuts pending transactions into blocks as Hyperledger Fabric's orderer does [Report ch.2]: a batch is cut when
 * it holds MMC (max message count) transactions, or when MBT (max batch time) has elapsed since the arrival of
 * its first transaction, whichever comes first. Both limits can be changed at run time and apply to the next
 * {@link #cut()}. Time comes from the injected {@link Clock} (virtual time in simulations). Thread-safe.
 *
 * <pre>{@code
 * BlockCutter cutter = new BlockCutter(500, Duration.ofMillis(200), clock);
 * cutter.offer(tx);
 * cutter.cut().ifPresent(batch -> propose(batch));       // call on every offer and at nextDeadline()
 * }</pre>
 */
public final class BlockCutter {
    private final Clock clock;
    private final LinkedHashMap<Bytes, Pending> pending = new LinkedHashMap<>();
    private int maxMessageCount;
    private Duration maxBatchTime;

    private record Pending(TransactionEnvelope tx, long arrivalMillis) {
    }

    /**
     * @param maxMessageCount MMC, at least 1
     * @param maxBatchTime MBT, not negative
     * @param clock the time source
     */
    public BlockCutter(int maxMessageCount, Duration maxBatchTime, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        setMaxMessageCount(maxMessageCount);
        setMaxBatchTime(maxBatchTime);
    }

    /**
     * @param mmc the new max message count (at least 1)
     * @throws InvalidArgumentException if below 1
     */
    public synchronized void setMaxMessageCount(int mmc) {
        if (mmc < 1) {
            throw new InvalidArgumentException("block cutter", "maxMessageCount", "must be at least 1, was " + mmc);
        }
        this.maxMessageCount = mmc;
    }

    /**
     * @param mbt the new max batch time (not negative)
     * @throws InvalidArgumentException if negative
     */
    public synchronized void setMaxBatchTime(Duration mbt) {
        if (mbt == null || mbt.isNegative()) {
            throw new InvalidArgumentException("block cutter", "maxBatchTime", "must not be negative, was " + mbt);
        }
        this.maxBatchTime = mbt;
    }

    /** @return the current MMC */
    public synchronized int maxMessageCount() {
        return maxMessageCount;
    }

    /** @return the current MBT */
    public synchronized Duration maxBatchTime() {
        return maxBatchTime;
    }

    /**
     * @param tx a transaction (already verified by the caller)
     * @return {@code false} if a transaction with that id is already pending
     */
    public synchronized boolean offer(TransactionEnvelope tx) {
        if (pending.containsKey(tx.id())) {
            return false;
        }
        pending.put(tx.id(), new Pending(tx, clock.millis()));
        return true;
    }

    /**
     * @return the next batch if MMC is reached or MBT has elapsed since the oldest pending arrival; the
     *         returned transactions leave the pending pool
     */
    public synchronized Optional<List<TransactionEnvelope>> cut() {
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        if (pending.size() >= maxMessageCount || clock.millis() >= deadline()) {
            return Optional.of(take(maxMessageCount));
        }
        return Optional.empty();
    }

    /**
     * @param limit the most transactions to take
     * @return up to {@code limit} oldest pending transactions, regardless of MMC/MBT (e.g. for a new primary)
     */
    public synchronized List<TransactionEnvelope> cutNow(int limit) {
        return take(limit);
    }

    private List<TransactionEnvelope> take(int limit) {
        List<TransactionEnvelope> batch = new ArrayList<>(Math.min(limit, pending.size()));
        Iterator<Map.Entry<Bytes, Pending>> it = pending.entrySet().iterator();
        while (it.hasNext() && batch.size() < limit) {
            batch.add(it.next().getValue().tx());
            it.remove();
        }
        return batch;
    }

    private long deadline() {
        long first = pending.values().iterator().next().arrivalMillis();
        return first + maxBatchTime.toMillis();
    }

    /** @return epoch millis when MBT expires for the oldest pending transaction, or empty when none is pending */
    public synchronized OptionalLong nextDeadline() {
        return pending.isEmpty() ? OptionalLong.empty() : OptionalLong.of(deadline());
    }

    /**
     * Drops transactions committed elsewhere.
     *
     * @param ids transaction ids
     */
    public synchronized void remove(Collection<Bytes> ids) {
        for (Bytes id : ids) {
            pending.remove(id);
        }
    }

    /**
     * @param id a transaction id
     * @return whether it is pending
     */
    public synchronized boolean contains(Bytes id) {
        return pending.containsKey(id);
    }

    /** @return the number of pending transactions */
    public synchronized int pendingCount() {
        return pending.size();
    }

    /** @return the pending transactions, oldest first */
    public synchronized List<TransactionEnvelope> pendingTransactions() {
        List<TransactionEnvelope> out = new ArrayList<>(pending.size());
        pending.values().forEach(p -> out.add(p.tx()));
        return out;
    }
}

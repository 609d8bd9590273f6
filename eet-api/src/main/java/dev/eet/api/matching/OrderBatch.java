package dev.eet.api.matching;

import dev.eet.api.model.Order;
import dev.eet.api.model.OrderId;
import dev.eet.api.model.ParticipantId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The batch-level checks every matcher applies before clearing: a second order with an id already seen is
 * rejected (field {@code id}); an order from a participant outside the known set, when one is given, is rejected
 * (field {@code participant}). The valid orders keep their input order; nothing valid is dropped.
 *
 * <p>Both checks and {@link #byTimeThenId()} are built for batches of millions of orders: ids are checked in an
 * open-addressing table (no object per order), and the canonical order is a primitive sort of (time, position)
 * keys, with ids compared only between orders of equal time.
 *
 * @param valid orders that passed
 * @param rejections orders that did not, in input order
 */
public record OrderBatch(List<Order> valid, List<OrderRejection> rejections) {
    private static final byte VALID = 0;
    private static final byte DUPLICATE = 1;
    private static final byte UNKNOWN = 2;

    /** Copies the lists. */
    public OrderBatch {
        valid = List.copyOf(valid);
        rejections = List.copyOf(rejections);
    }

    /**
     * @param orders the submitted orders
     * @return the checked batch (no participant check)
     */
    public static OrderBatch of(List<Order> orders) {
        return of(orders, Optional.empty());
    }

    /**
     * @param orders the submitted orders
     * @param knownParticipants when present, orders from anybody else are rejected
     * @return the checked batch
     */
    public static OrderBatch of(List<Order> orders, Optional<Set<ParticipantId>> knownParticipants) {
        Order[] input = orders.toArray(new Order[0]);
        int n = input.length;
        byte[] verdict = new byte[n]; // VALID, DUPLICATE or UNKNOWN
        int rejectedCount = markDuplicates(input, verdict);
        if (knownParticipants.isPresent()) {
            Set<ParticipantId> known = knownParticipants.get();
            for (int i = 0; i < n; i++) {
                if (verdict[i] == VALID && !known.contains(input[i].participant())) {
                    verdict[i] = UNKNOWN;
                    rejectedCount++;
                }
            }
        }
        if (rejectedCount == 0) {
            return new OrderBatch(orders, List.of());
        }
        List<Order> valid = new ArrayList<>(n - rejectedCount);
        List<OrderRejection> rejections = new ArrayList<>(rejectedCount);
        for (int i = 0; i < n; i++) {
            Order o = input[i];
            if (verdict[i] == DUPLICATE) {
                rejections.add(new OrderRejection(o.id(), "id", "duplicate order id"));
            } else if (verdict[i] == UNKNOWN) {
                rejections.add(new OrderRejection(o.id(), "participant", "unknown participant " + o.participant()));
            } else {
                valid.add(o);
            }
        }
        return new OrderBatch(valid, rejections);
    }

    /**
     * Marks every order whose id equals the id of an earlier order (the first occurrence is kept).
     *
     * @param orders the batch in input order
     * @param verdict set to {@code DUPLICATE} at the position of every later occurrence
     * @return the number of positions marked
     */
    private static int markDuplicates(Order[] orders, byte[] verdict) {
        int n = orders.length;
        int capacity = Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1; // power of two, at least 2n
        int mask = capacity - 1;
        int shift = Integer.numberOfLeadingZeros(mask);
        long[] table = new long[capacity]; // hash << 32 | (position + 1) of the first order with that id; 0 = free
        int marked = 0;
        for (int i = 0; i < n; i++) {
            OrderId id = orders[i].id();
            int h = id.hashCode();
            int s = (h * 0x9E3779B9) >>> shift;
            while (true) {
                long entry = table[s];
                if (entry == 0) {
                    table[s] = (long) h << 32 | (i + 1L);
                    break;
                }
                if ((int) (entry >>> 32) == h && orders[(int) entry - 1].id().equals(id)) {
                    verdict[i] = DUPLICATE;
                    marked++;
                    break;
                }
                s = (s + 1) & mask;
            }
        }
        return marked;
    }

    /**
     * Canonical priority-free order of a batch: by submission time, then by id. Matchers that must not depend on
     * the list order start from this.
     *
     * @return the valid orders sorted by (time, id), unmodifiable
     */
    public List<Order> byTimeThenId() {
        int n = valid.size();
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            Order a = valid.get(i - 1);
            Order b = valid.get(i);
            sorted = a.time() < b.time() || (a.time() == b.time() && a.id().compareTo(b.id()) <= 0);
        }
        if (sorted) {
            return valid; // already unmodifiable
        }
        Order[] orders = valid.toArray(new Order[0]);
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            times[i] = orders[i].time();
        }
        int[] order = sortByTime(times);
        Order[] result = new Order[n];
        int i = 0;
        while (i < n) {
            int j = i + 1;
            long t = times[order[i]];
            while (j < n && times[order[j]] == t) {
                j++;
            }
            for (int k = i; k < j; k++) {
                result[k] = orders[order[k]];
            }
            if (j - i > 1) {
                Arrays.sort(result, i, j, (x, y) -> x.id().compareTo(y.id()));
            }
            i = j;
        }
        return List.of(result);
    }

    /**
     * @param times submission times by position
     * @return the positions sorted by time (ties in position order), via one sort of packed primitive keys
     */
    private static int[] sortByTime(long[] times) {
        int n = times.length;
        int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long t : times) {
            min = Math.min(min, t);
            max = Math.max(max, t);
        }
        long span = max - min; // may overflow to negative when the range exceeds 63 bits
        long[] rankOf = null;
        if (span < 0 || span >= (1L << (63 - indexBits))) {
            rankOf = distinct(times); // times too spread to share a long with the position: use their dense rank
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long timeKey = rankOf == null ? times[i] - min : Arrays.binarySearch(rankOf, times[i]);
            keys[i] = timeKey << indexBits | i;
        }
        Arrays.sort(keys);
        int[] positions = new int[n];
        long mask = (1L << indexBits) - 1;
        for (int k = 0; k < n; k++) {
            positions[k] = (int) (keys[k] & mask);
        }
        return positions;
    }

    /** @return the distinct values, ascending (a value's rank is its position) */
    private static long[] distinct(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int d = 0;
        for (int j = 0; j < sorted.length; j++) {
            if (d == 0 || sorted[d - 1] != sorted[j]) {
                sorted[d++] = sorted[j];
            }
        }
        return Arrays.copyOf(sorted, d);
    }
}

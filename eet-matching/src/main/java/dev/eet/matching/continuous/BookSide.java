package dev.eet.matching.continuous;

import java.util.Arrays;

/**
 * One side of the book: its price levels, kept in a primitive array sorted by a key in which larger is better
 * (the price for bids, minus the price for asks), so the best level is always the last element. Orders arrive
 * and trade mostly near the best price, so inserting or removing a level shifts only the few levels better
 * than it, and removing the best level is O(1). Each level is a FIFO of order slots (an intrusive doubly linked
 * list kept in {@link OrderBook}'s arrays). Level records are pooled; nothing is allocated once the arrays are
 * large enough.
 */
final class BookSide {
    static final int NIL = -1;

    final boolean buy;

    /** Sort keys of the active levels, ascending; the best level is at {@code count - 1}. */
    private long[] keys;
    /** Level record of each active level, parallel to {@link #keys}. */
    private int[] sorted;
    private int count;

    /** Level records: price, first and last order slot. */
    long[] price;
    int[] head;
    int[] tail;
    private int[] free;
    private int freeCount;
    private int created;

    BookSide(boolean buy, int initialLevels) {
        this.buy = buy;
        int n = Math.max(16, initialLevels);
        keys = new long[n];
        sorted = new int[n];
        price = new long[n];
        head = new int[n];
        tail = new int[n];
        free = new int[n];
    }

    /** @return the best level record, or {@link #NIL} when the side is empty */
    int best() {
        return count == 0 ? NIL : sorted[count - 1];
    }

    /** @return the number of price levels */
    int levels() {
        return count;
    }

    /**
     * @param rank 0 for the best level, 1 for the next...
     * @return the level record at that rank
     */
    int levelAtRank(int rank) {
        return sorted[count - 1 - rank];
    }

    private long key(long p) {
        return buy ? p : -p;
    }

    /**
     * @param p a price in units
     * @return the level record for that price, created (empty) if the side has none
     */
    int levelFor(long p) {
        long k = key(p);
        int c = count;
        if (c == 0 || k > keys[c - 1]) {
            return insertAt(c, k, p);
        }
        if (k == keys[c - 1]) {
            return sorted[c - 1];
        }
        int pos = Arrays.binarySearch(keys, 0, c - 1, k);
        if (pos >= 0) {
            return sorted[pos];
        }
        return insertAt(-pos - 1, k, p);
    }

    private int insertAt(int pos, long k, long p) {
        if (count == keys.length) {
            keys = Arrays.copyOf(keys, count * 2);
            sorted = Arrays.copyOf(sorted, count * 2);
        }
        int level = newLevel(p);
        int moved = count - pos;
        if (moved > 0) {
            System.arraycopy(keys, pos, keys, pos + 1, moved);
            System.arraycopy(sorted, pos, sorted, pos + 1, moved);
        }
        keys[pos] = k;
        sorted[pos] = level;
        count++;
        return level;
    }

    private int newLevel(long p) {
        int level;
        if (freeCount > 0) {
            level = free[--freeCount];
        } else {
            if (created == price.length) {
                int n = created * 2;
                price = Arrays.copyOf(price, n);
                head = Arrays.copyOf(head, n);
                tail = Arrays.copyOf(tail, n);
                free = Arrays.copyOf(free, n);
            }
            level = created++;
        }
        price[level] = p;
        head[level] = NIL;
        tail[level] = NIL;
        return level;
    }

    /** Removes an empty level. */
    void removeLevel(int level) {
        int c = count;
        if (sorted[c - 1] != level) {
            int pos = Arrays.binarySearch(keys, 0, c - 1, key(price[level]));
            int moved = c - 1 - pos;
            System.arraycopy(keys, pos + 1, keys, pos, moved);
            System.arraycopy(sorted, pos + 1, sorted, pos, moved);
        }
        count = c - 1;
        free[freeCount++] = level;
    }

    /** Removes every level, keeping the arrays. */
    void clear() {
        count = 0;
        freeCount = 0;
        created = 0;
    }
}

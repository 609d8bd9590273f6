package dev.eet.matching.continuous;

import java.util.Arrays;

/**
 * Open-addressing hash map from a {@code long} order id to an {@code int} order slot: linear probing, Fibonacci
 * hashing, backward-shift deletion (no tombstones, so a steady insert/remove load never degrades and never
 * allocates). Grows (allocating) only when more than half full.
 */
final class OrderIndex {
    static final int ABSENT = -1;

    private long[] keys;
    private int[] values;
    private int shift;
    private int mask;
    private int size;

    OrderIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.min(1 << 28, Math.max(16, expected)) * 2 - 1) << 1;
        allocate(capacity);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, ABSENT);
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        size = 0;
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    int size() {
        return size;
    }

    /** @return the value, or {@link #ABSENT} */
    int get(long key) {
        int i = slot(key);
        while (true) {
            int v = values[i];
            if (v == ABSENT || keys[i] == key) {
                return v;
            }
            i = (i + 1) & mask;
        }
    }

    /** Adds a key that is not present. */
    void putNew(long key, int value) {
        if (size >= (mask + 1) >>> 1) {
            grow();
        }
        int i = slot(key);
        while (values[i] != ABSENT) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        size++;
    }

    /** @return the removed value, or {@link #ABSENT} */
    int remove(long key) {
        int i = slot(key);
        while (true) {
            int v = values[i];
            if (v == ABSENT) {
                return ABSENT;
            }
            if (keys[i] == key) {
                deleteAt(i);
                size--;
                return v;
            }
            i = (i + 1) & mask;
        }
    }

    private void deleteAt(int hole) {
        int j = hole;
        while (true) {
            j = (j + 1) & mask;
            if (values[j] == ABSENT) {
                break;
            }
            int ideal = slot(keys[j]);
            // move j into the hole unless its ideal slot lies cyclically in (hole, j]
            boolean stays = hole <= j ? (hole < ideal && ideal <= j) : (hole < ideal || ideal <= j);
            if (!stays) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        values[hole] = ABSENT;
    }

    void clear() {
        if (size > 0) {
            Arrays.fill(values, ABSENT);
            size = 0;
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != ABSENT) {
                putNew(oldKeys[i], oldValues[i]);
            }
        }
    }
}

package dev.eet.matching.auction;

import java.util.Arrays;

/**
 * Sorts non-negative packed {@code long} keys ascending. Small arrays use {@link Arrays#sort(long[])}; larger
 * ones a least-significant-digit radix sort with 11-bit digits over only the bits the largest key uses (a price
 * offset plus an order index is typically about 40 bits: four linear passes), which is stable and several times
 * cheaper than a comparison sort on such keys.
 */
final class KeySort {
    private static final int DIGIT_BITS = 11;
    private static final int BUCKETS = 1 << DIGIT_BITS;
    private static final int RADIX_THRESHOLD = 4096;

    private KeySort() {
    }

    /**
     * @param keys non-negative keys, sorted in place
     * @param maxKey the largest key (bounds the number of digits)
     */
    static void sort(long[] keys, long maxKey) {
        int n = keys.length;
        if (n < RADIX_THRESHOLD) {
            Arrays.sort(keys);
            return;
        }
        int bits = 64 - Long.numberOfLeadingZeros(maxKey);
        long[] src = keys;
        long[] dst = new long[n];
        int[] start = new int[BUCKETS];
        for (int shift = 0; shift < bits; shift += DIGIT_BITS) {
            Arrays.fill(start, 0);
            for (int i = 0; i < n; i++) {
                start[(int) ((src[i] >>> shift) & (BUCKETS - 1))]++;
            }
            int sum = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int c = start[b];
                start[b] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                long v = src[i];
                dst[start[(int) ((v >>> shift) & (BUCKETS - 1))]++] = v;
            }
            long[] t = src;
            src = dst;
            dst = t;
        }
        if (src != keys) {
            System.arraycopy(src, 0, keys, 0, n);
        }
    }
}

package dev.eet.matching.auction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The radix path of {@link KeySort} sorts exactly like {@link Arrays#sort(long[])}. */
class KeySortTest {
    @Test
    void sortsLikeArraysSortForEveryKeyWidth() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int bits : new int[] {1, 7, 11, 12, 22, 33, 40, 52, 63}) {
            for (int n : new int[] {0, 1, 100, 4095, 4096, 5000, 20_000}) {
                long[] keys = new long[n];
                long max = 0;
                for (int i = 0; i < n; i++) {
                    keys[i] = bits == 63 ? rnd.nextLong(Long.MAX_VALUE) : rnd.nextLong(1L << bits);
                    max = Math.max(max, keys[i]);
                }
                long[] expected = keys.clone();
                Arrays.sort(expected);
                KeySort.sort(keys, max);
                assertArrayEquals(expected, keys, "bits " + bits + ", n " + n);
            }
        }
    }
}

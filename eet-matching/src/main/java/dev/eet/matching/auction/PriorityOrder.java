package dev.eet.matching.auction;

import java.util.Arrays;

/**
 * Sorts one side of an {@link AuctionBook} into price-time priority by packing each order into one primitive
 * {@code long} key {@code (class, price, index)} and sorting the keys with {@link Arrays#sort(long[])}: sellers by
 * price ascending, buyers by price descending, ties by book index (earlier submission first). The price part is
 * the offset from the side's best price; if the price range is too wide to share 63 bits with the index, prices
 * are first replaced by their dense rank (one extra sort, only in that rare case). Optionally all renewable
 * sellers come before all conventional ones (the renewable-first auction).
 */
final class PriorityOrder {
    private PriorityOrder() {
    }

    /**
     * @param book the book
     * @param sellSide which side
     * @param renewableFirst put renewable orders before the others (sellers of the renewable-first auction)
     * @return the side's book indexes, best first
     */
    static int[] of(AuctionBook book, boolean sellSide, boolean renewableFirst) {
        int n = book.size;
        int m = 0;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            if (book.sell[i] == sellSide) {
                m++;
                long p = book.limit[i];
                min = Math.min(min, p);
                max = Math.max(max, p);
            }
        }
        int[] out = new int[m];
        if (m == 0) {
            return out;
        }
        int indexBits = Math.max(1, 64 - Long.numberOfLeadingZeros(n - 1L));
        long mask = (1L << indexBits) - 1;
        long room = 1L << (63 - indexBits);          // price keys must be < room
        long span = max - min;                         // >= 0, prices are not negative
        long[] rank = null;
        if (span >= (renewableFirst ? (room >> 1) - 1 : room - 1)) {
            rank = denseRanks(book, sellSide);
            span = rank.length - 1;
            min = 0;
            max = span;
        }
        long classOffset = span + 1;
        long[] keys = new long[m];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (book.sell[i] != sellSide) {
                continue;
            }
            long p = rank == null ? book.limit[i] : Arrays.binarySearch(rank, book.limit[i]);
            long priceKey = sellSide ? p - min : max - p;
            if (renewableFirst && !book.renewable[i]) {
                priceKey += classOffset;
            }
            keys[k++] = (priceKey << indexBits) | i;
        }
        Arrays.sort(keys);
        for (int j = 0; j < m; j++) {
            out[j] = (int) (keys[j] & mask);
        }
        return out;
    }

    /** @return the distinct limit prices of the side, ascending (so a price's rank is its position) */
    private static long[] denseRanks(AuctionBook book, boolean sellSide) {
        long[] prices = new long[book.size];
        int m = 0;
        for (int i = 0; i < book.size; i++) {
            if (book.sell[i] == sellSide) {
                prices[m++] = book.limit[i];
            }
        }
        Arrays.sort(prices, 0, m);
        int d = 0;
        for (int j = 0; j < m; j++) {
            if (d == 0 || prices[d - 1] != prices[j]) {
                prices[d++] = prices[j];
            }
        }
        return Arrays.copyOf(prices, d);
    }
}

package dev.eet.matching.auction;

import java.util.Arrays;

/**
 * One side of an {@link AuctionBook} in price-time priority, its columns gathered into contiguous arrays so that
 * the clearing walks memory sequentially. Sorting packs each order into one primitive {@code long} key
 * {@code (class, price, index)} and sorts the keys ({@link KeySort}): sellers by price ascending,
 * buyers by price descending, ties by book index (earlier submission first). The price part is the offset from the
 * side's best price; if the price range is too wide to share 63 bits with the index, prices are first replaced by
 * their dense rank (one extra sort, only in that rare case). Optionally all renewable orders come before all
 * others (sellers of the renewable-first auction).
 */
final class SideBook {
    /** Book index of each position, best first. */
    final int[] index;
    /** Limit price of each position (the sort keys' array, overwritten in place). */
    long[] limit;
    /** Reserve price of each position. */
    final long[] reserve;
    /** Open quantity of each position, updated by the clearing. */
    final long[] remaining;
    /** Participant of each position. */
    final int[] participant;
    /** Number of positions in the first class (renewable sellers when sorted renewable-first, else all). */
    final int firstClass;

    private SideBook(int m, int firstClass) {
        index = new int[m];
        reserve = new long[m];
        remaining = new long[m];
        participant = new int[m];
        this.firstClass = firstClass;
    }

    /** @return the number of orders on this side */
    int size() {
        return index.length;
    }

    /** Writes this side's open quantities back into a per-book-index array. */
    void scatterRemaining(long[] byBookIndex) {
        for (int j = 0; j < index.length; j++) {
            byBookIndex[index[j]] = remaining[j];
        }
    }

    /**
     * @param book the book
     * @param sellSide which side
     * @param renewableFirst put renewable orders before the others
     * @return the side in priority order
     */
    static SideBook of(AuctionBook book, boolean sellSide, boolean renewableFirst) {
        int n = book.size;
        int m = 0;
        int renewables = 0;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            if (book.sell[i] == sellSide) {
                m++;
                if (book.renewable[i]) {
                    renewables++;
                }
                long p = book.limit[i];
                min = Math.min(min, p);
                max = Math.max(max, p);
            }
        }
        SideBook side = new SideBook(m, renewableFirst ? renewables : m);
        if (m == 0) {
            side.limit = new long[0];
            return side;
        }
        int indexBits = Math.max(1, 64 - Long.numberOfLeadingZeros(n - 1L));
        long mask = (1L << indexBits) - 1;
        long room = 1L << (63 - indexBits);          // price keys must be < room
        long span = max - min;                         // >= 0, prices are not negative
        long[] ranks = null;
        if (span >= (renewableFirst ? (room >> 1) - 1 : room - 1)) {
            ranks = distinctPrices(book, sellSide);
            span = ranks.length - 1;
        }
        long classOffset = span + 1;
        long[] keys = new long[m];
        long maxKey = 0;
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (book.sell[i] != sellSide) {
                continue;
            }
            long priceKey;
            if (ranks == null) {
                priceKey = sellSide ? book.limit[i] - min : max - book.limit[i];
            } else {
                long rank = Arrays.binarySearch(ranks, book.limit[i]);
                priceKey = sellSide ? rank : span - rank;
            }
            if (renewableFirst && !book.renewable[i]) {
                priceKey += classOffset;
            }
            long key = (priceKey << indexBits) | i;
            keys[k++] = key;
            maxKey = Math.max(maxKey, key);
        }
        KeySort.sort(keys, maxKey);
        for (int j = 0; j < m; j++) {
            long key = keys[j];
            int i = (int) (key & mask);
            side.index[j] = i;
            if (ranks == null) { // the limit is in the key: one random read fewer per order
                long priceKey = key >>> indexBits;
                if (priceKey >= classOffset) {
                    priceKey -= classOffset;
                }
                keys[j] = sellSide ? min + priceKey : max - priceKey;
            } else {
                keys[j] = book.limit[i];
            }
            side.reserve[j] = book.reserve[i];
            side.remaining[j] = book.quantity[i];
            side.participant[j] = book.participant[i];
        }
        side.limit = keys;
        return side;
    }

    /** @return the distinct limit prices of the side, ascending (so a price's rank is its position) */
    private static long[] distinctPrices(AuctionBook book, boolean sellSide) {
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

package dev.eet.matching.auction;

/**
 * The remaining buyers of round 2 in priority order, as a complete binary max-tree over their reserve prices, so
 * that "the first buyer at a position in {@code [from, to)} whose reserve is at least x" is found in O(log n).
 * Exhausted buyers are removed in O(log n).
 */
final class BuyerTree {
    private final int leaves;
    private final long[] maxReserve;

    /**
     * @param reserve the open buyers' reserves, best buyer first
     */
    BuyerTree(long[] reserve) {
        int size = 1;
        while (size < reserve.length) {
            size <<= 1;
        }
        leaves = size;
        maxReserve = new long[2 * size];
        java.util.Arrays.fill(maxReserve, Long.MIN_VALUE);
        System.arraycopy(reserve, 0, maxReserve, size, reserve.length);
        for (int node = size - 1; node >= 1; node--) {
            maxReserve[node] = Math.max(maxReserve[2 * node], maxReserve[2 * node + 1]);
        }
    }

    /**
     * @param from first position to consider
     * @param to end of the range (exclusive)
     * @param minReserve the reserve must be at least this
     * @return the first qualifying position, or -1
     */
    int first(int from, int to, long minReserve) {
        if (from >= to) {
            return -1;
        }
        return find(1, 0, leaves, from, to, minReserve);
    }

    private int find(int node, int lo, int hi, int from, int to, long minReserve) {
        if (hi <= from || lo >= to || maxReserve[node] < minReserve) {
            return -1;
        }
        if (node >= leaves) {
            return lo;
        }
        int mid = (lo + hi) >>> 1;
        int left = find(2 * node, lo, mid, from, to, minReserve);
        return left >= 0 ? left : find(2 * node + 1, mid, hi, from, to, minReserve);
    }

    /** @param j position of an exhausted buyer */
    void remove(int j) {
        int node = leaves + j;
        maxReserve[node] = Long.MIN_VALUE;
        for (node >>= 1; node >= 1; node >>= 1) {
            maxReserve[node] = Math.max(maxReserve[2 * node], maxReserve[2 * node + 1]);
        }
    }
}

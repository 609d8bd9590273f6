package dev.eet.matching.auction;

/**
 * The remaining buyers of round 2 in priority order, as a complete binary tree holding per subtree the highest
 * reserve and the highest adjusted quote, so that "the first buyer with reserve >= x and quote >= y and another
 * participant" is found by descending only into subtrees that can hold one. Exhausted buyers are removed in
 * O(log n).
 */
final class BuyerTree {
    private final int leaves;
    private final long[] maxReserve;
    private final long[] maxQuote;
    private final int[] participant;

    /**
     * @param open buyers' book indexes, best first
     * @param quote their adjusted round-2 quotes (same positions)
     * @param reserve the book's reserve column
     * @param bookParticipant the book's participant column
     */
    BuyerTree(int[] open, long[] quote, long[] reserve, int[] bookParticipant) {
        int size = 1;
        while (size < open.length) {
            size <<= 1;
        }
        leaves = size;
        maxReserve = new long[2 * size];
        maxQuote = new long[2 * size];
        participant = new int[size];
        java.util.Arrays.fill(maxReserve, Long.MIN_VALUE);
        java.util.Arrays.fill(maxQuote, Long.MIN_VALUE);
        for (int j = 0; j < open.length; j++) {
            maxReserve[size + j] = reserve[open[j]];
            maxQuote[size + j] = quote[j];
            participant[j] = bookParticipant[open[j]];
        }
        for (int node = size - 1; node >= 1; node--) {
            maxReserve[node] = Math.max(maxReserve[2 * node], maxReserve[2 * node + 1]);
            maxQuote[node] = Math.max(maxQuote[2 * node], maxQuote[2 * node + 1]);
        }
    }

    /**
     * @param minReserve the buyer's reserve must be at least this (the seller's quote)
     * @param minQuote the buyer's quote must be at least this (the seller's reserve)
     * @param excludedParticipant the seller's participant
     * @return the position of the first qualifying buyer, or -1
     */
    int first(long minReserve, long minQuote, int excludedParticipant) {
        return find(1, minReserve, minQuote, excludedParticipant);
    }

    private int find(int node, long minReserve, long minQuote, int excluded) {
        if (maxReserve[node] < minReserve || maxQuote[node] < minQuote) {
            return -1;
        }
        if (node >= leaves) {
            int j = node - leaves;
            return participant[j] == excluded ? -1 : j;
        }
        int left = find(2 * node, minReserve, minQuote, excluded);
        return left >= 0 ? left : find(2 * node + 1, minReserve, minQuote, excluded);
    }

    /** @param j position of an exhausted buyer */
    void remove(int j) {
        int node = leaves + j;
        maxReserve[node] = Long.MIN_VALUE;
        maxQuote[node] = Long.MIN_VALUE;
        for (node >>= 1; node >= 1; node >>= 1) {
            maxReserve[node] = Math.max(maxReserve[2 * node], maxReserve[2 * node + 1]);
            maxQuote[node] = Math.max(maxQuote[2 * node], maxQuote[2 * node + 1]);
        }
    }
}

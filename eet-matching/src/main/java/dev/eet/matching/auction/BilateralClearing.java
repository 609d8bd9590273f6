package dev.eet.matching.auction;

/**
 * The "simple high-low bilateral matching" baseline (matching.md section 5): sellers sorted by price ascending and
 * buyers by price descending (ties by time) are paired one to one from the top (the best seller with the best
 * buyer, the second with the second...) while the pair still crosses; each pair trades the smaller of the two
 * quantities once, and every pair clears at one uniform marginal price, the midpoint of the last (marginal) pair's
 * ask and bid. A buyer and a seller are each in at most one pair, so leftovers go to the grid.
 *
 * <p>With a participant on both sides a seller is never paired with its own participant's buyer: it takes the
 * next unpaired buyer instead, and the skipped buyer stays available for the next seller. To keep the uniform
 * price within every pair's limits, pairing stops as soon as a seller's ask exceeds the lowest bid already paired;
 * the marginal price is then the midpoint of the highest paired ask and the lowest paired bid.
 */
final class BilateralClearing {
    private BilateralClearing() {
    }

    /**
     * @param book the batch
     * @return trades (all round 1, one uniform price) and open quantities
     */
    static AuctionOutcome clear(AuctionBook book) {
        SideBook sellers = SideBook.of(book, true, false);
        SideBook buyers = SideBook.of(book, false, false);
        int nb = buyers.size();
        boolean[] paired = new boolean[nb];
        int[] pairSeller = new int[Math.min(sellers.size(), nb)];
        int[] pairBuyer = new int[pairSeller.length];
        int pairs = 0;
        long maxAsk = Long.MIN_VALUE;
        long minBid = Long.MAX_VALUE;
        int head = 0;
        for (int si = 0; si < sellers.size(); si++) {
            long ask = sellers.limit[si];
            if (ask > minBid) {
                break;
            }
            while (head < nb && paired[head]) {
                head++;
            }
            int bi = head;
            while (bi < nb && (paired[bi] || buyers.participant[bi] == sellers.participant[si])) {
                bi++;
            }
            if (bi == nb) {
                continue;
            }
            long bid = buyers.limit[bi];
            if (bid < ask) {
                continue; // a later seller may still pair with a buyer this one had to skip
            }
            paired[bi] = true;
            pairSeller[pairs] = si;
            pairBuyer[pairs] = bi;
            pairs++;
            maxAsk = Math.max(maxAsk, ask);
            minBid = Math.min(minBid, bid);
        }
        TradeLog log = new TradeLog(pairs);
        if (pairs > 0) {
            long price = Prices.midpoint(maxAsk, minBid);
            for (int k = 0; k < pairs; k++) {
                int s = pairSeller[k];
                int b = pairBuyer[k];
                long q = Math.min(sellers.remaining[s], buyers.remaining[b]);
                log.add(sellers.index[s], buyers.index[b], q, price, 1);
                sellers.remaining[s] -= q;
                buyers.remaining[b] -= q;
            }
        }
        long[] remaining = new long[book.size];
        sellers.scatterRemaining(remaining);
        buyers.scatterRemaining(remaining);
        return new AuctionOutcome(log, remaining);
    }
}

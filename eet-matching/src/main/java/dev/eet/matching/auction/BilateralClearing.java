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
        int[] sellers = PriorityOrder.of(book, true, false);
        int[] buyers = PriorityOrder.of(book, false, false);
        long[] limit = book.limit;
        int[] part = book.participant;
        boolean[] paired = new boolean[buyers.length];
        int[] pairSeller = new int[Math.min(sellers.length, buyers.length)];
        int[] pairBuyer = new int[pairSeller.length];
        int pairs = 0;
        long maxAsk = Long.MIN_VALUE;
        long minBid = Long.MAX_VALUE;
        int head = 0;
        for (int s : sellers) {
            long ask = limit[s];
            if (ask > minBid) {
                break;
            }
            while (head < buyers.length && paired[head]) {
                head++;
            }
            int bi = head;
            while (bi < buyers.length && (paired[bi] || part[buyers[bi]] == part[s])) {
                bi++;
            }
            if (bi == buyers.length) {
                continue;
            }
            long bid = limit[buyers[bi]];
            if (bid < ask) {
                continue; // a later seller may still pair with a buyer this one had to skip
            }
            paired[bi] = true;
            pairSeller[pairs] = s;
            pairBuyer[pairs] = buyers[bi];
            pairs++;
            maxAsk = Math.max(maxAsk, ask);
            minBid = Math.min(minBid, bid);
        }
        long[] remaining = book.quantity.clone();
        TradeLog log = new TradeLog(pairs);
        if (pairs > 0) {
            long price = Prices.midpoint(maxAsk, minBid);
            for (int k = 0; k < pairs; k++) {
                int s = pairSeller[k];
                int b = pairBuyer[k];
                long q = Math.min(remaining[s], remaining[b]);
                log.add(s, b, q, price, 1);
                remaining[s] -= q;
                remaining[b] -= q;
            }
        }
        return new AuctionOutcome(log, remaining);
    }
}

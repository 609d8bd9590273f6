package dev.eet.matching.auction;

/**
 * The clearing rounds of the periodic double auction (matching.md section 1) on an {@link AuctionBook}, in exact
 * integer arithmetic, allocating only a fixed number of arrays per clearing (nothing per order or per trade).
 * Both sides are first put in priority order with their columns gathered contiguously ({@link SideBook}).
 *
 * <p><b>Round 1</b> walks sellers (price ascending, then time) and buyers (price descending, then time) from the
 * top: while the best remaining ask is at most the best remaining bid they trade
 * {@code min(remaining seller qty, remaining buyer qty)} at the midpoint of the two limits (HALF_EVEN at 6
 * decimals). <b>No self-trade:</b> when the best remaining buyer belongs to the seller's own participant it is
 * skipped for that seller only (it keeps its place for the next seller) and the seller goes on to the next buyer
 * whose bid still crosses; without such conflicts this is exactly the two-pointer walk of the spec.
 *
 * <p><b>Round 2</b> (cda only): {@code askMax}/{@code bidMin} are the highest seller limit and lowest buyer limit
 * that traded in round 1 (partial fills count), or each side's best remaining limit if round 1 made no trade.
 * Every remaining seller quotes {@code PS = P - beta(P - askMax)}, clamped up to its reserve; every remaining
 * buyer {@code PB = P + beta(bidMin - P)}, clamped down to its reserve (each product rounded HALF_EVEN once).
 * Sellers are taken in round-1 priority order; each trades with the first remaining buyer in round-1 priority order
 * with {@code PS <= reserve(buyer)} and {@code PB >= reserve(seller)} and another participant, at
 * {@code (PS + PB) / 2}, until it is exhausted or no buyer qualifies. Because the unclamped buyer quotes never
 * increase along buyer priority, the qualifying buyers lie in a prefix found by binary search, and the first one
 * in it with a high enough reserve comes from a max-tree ({@link BuyerTree}): round 2 is
 * O((sellers + buyers) log buyers), plus O(log buyers) per buyer skipped for being the seller's own.
 */
final class DoubleAuction {
    private final AuctionBook book;
    private final TradeLog log;
    private final SideBook sellers;
    private final SideBook buyers;
    private boolean tradedInRoundOne;
    private long askMax = Long.MIN_VALUE;
    private long bidMin = Long.MAX_VALUE;

    private DoubleAuction(AuctionBook book, boolean renewableFirst) {
        this.book = book;
        this.log = new TradeLog(book.size);
        this.sellers = SideBook.of(book, true, renewableFirst);
        this.buyers = SideBook.of(book, false, false);
    }

    /**
     * The periodic double auction: round 1, then round 2 with the beta adjustment.
     *
     * @param book the batch
     * @param betaMicros beta in millionths, 0 to 1,000,000
     * @return trades and open quantities (for the grid fallback)
     */
    static AuctionOutcome cda(AuctionBook book, long betaMicros) {
        DoubleAuction a = new DoubleAuction(book, false);
        a.roundOne(0, a.sellers.size());
        a.roundTwo(betaMicros);
        return a.outcome();
    }

    /**
     * The renewable-first auction: round 1 with every renewable seller ahead of every conventional one. The walk
     * stops for a class when its best remaining ask no longer crosses, then conventional sellers walk against the
     * buyers that are left (a cheap conventional seller is not locked out by a dear renewable one).
     *
     * @param book the batch
     * @return trades and open quantities
     */
    static AuctionOutcome renewableFirst(AuctionBook book) {
        DoubleAuction a = new DoubleAuction(book, true);
        a.roundOne(0, a.sellers.firstClass);
        a.roundOne(a.sellers.firstClass, a.sellers.size());
        return a.outcome();
    }

    private AuctionOutcome outcome() {
        long[] remaining = new long[book.size];
        sellers.scatterRemaining(remaining);
        buyers.scatterRemaining(remaining);
        return new AuctionOutcome(log, remaining);
    }

    private void roundOne(int from, int to) {
        final long[] sLimit = sellers.limit;
        final long[] sRem = sellers.remaining;
        final int[] sPart = sellers.participant;
        final int[] sIndex = sellers.index;
        final long[] bLimit = buyers.limit;
        final long[] bRem = buyers.remaining;
        final int[] bPart = buyers.participant;
        final int[] bIndex = buyers.index;
        final int nb = bLimit.length;
        int head = 0;
        for (int si = from; si < to; si++) {
            long ask = sLimit[si];
            while (head < nb && bRem[head] == 0) {
                head++;
            }
            if (head == nb || bLimit[head] < ask) {
                return; // the best remaining bid does not reach this ask, nor any later (higher) one of the class
            }
            int bi = head;
            long left = sRem[si];
            while (left > 0 && bi < nb) {
                long bid = bLimit[bi];
                if (bid < ask) {
                    break;
                }
                long want = bRem[bi];
                if (want == 0 || bPart[bi] == sPart[si]) {
                    bi++;
                    continue;
                }
                long q = Math.min(left, want);
                log.add(sIndex[si], bIndex[bi], q, Prices.midpoint(ask, bid), 1);
                left -= q;
                bRem[bi] = want - q;
                tradedInRoundOne = true;
                if (ask > askMax) {
                    askMax = ask;
                }
                if (bid < bidMin) {
                    bidMin = bid;
                }
                if (want == q) {
                    bi++;
                }
            }
            sRem[si] = left;
        }
    }

    private void roundTwo(long betaMicros) {
        final long[] bRem = buyers.remaining;
        final long[] bLimit = buyers.limit;
        final long[] bReserve = buyers.reserve;
        final int[] bPart = buyers.participant;
        int m = 0;
        for (long r : bRem) {
            if (r > 0) {
                m++;
            }
        }
        if (m == 0) {
            return;
        }
        int[] open = new int[m];   // buyer positions still open, in priority order
        int k = 0;
        for (int j = 0; j < bRem.length; j++) {
            if (bRem[j] > 0) {
                open[k++] = j;
            }
        }
        final long[] sRem = sellers.remaining;
        final long[] sLimit = sellers.limit;
        final long[] sReserve = sellers.reserve;
        final int[] sPart = sellers.participant;
        if (!tradedInRoundOne) {
            int first = 0;
            while (first < sRem.length && sRem[first] == 0) {
                first++;
            }
            if (first == sRem.length) {
                return;
            }
            askMax = sLimit[first];
            bidMin = bLimit[open[0]];
        }
        // Unclamped buyer quotes P + beta(bidMin - P) never increase along buyer priority (P descending, slope
        // 1 - beta >= 0, rounding is monotone), so "quote >= the seller's reserve" holds on a prefix of the open
        // buyers, found by binary search; "reserve >= the seller's quote" is a max-tree search in that prefix.
        // The clamped quote min(unclamped, reserve) is >= the seller's reserve exactly when both hold, because the
        // seller's clamped quote is itself >= its reserve. prefixMaxReserve (ignoring later removals, so an upper
        // bound) rejects most sellers without touching the tree.
        long[] unclamped = new long[m];
        long[] reserveOpen = new long[m];
        long[] prefixMaxReserve = new long[m];
        long running = Long.MIN_VALUE;
        for (int j = 0; j < m; j++) {
            int b = open[j];
            unclamped[j] = Prices.adjust(bLimit[b], bidMin, betaMicros);
            reserveOpen[j] = bReserve[b];
            running = Math.max(running, bReserve[b]);
            prefixMaxReserve[j] = running;
        }
        BuyerTree tree = null;
        for (int si = 0; si < sRem.length; si++) {
            if (sRem[si] == 0) {
                continue;
            }
            long ps = Math.max(Prices.adjust(sLimit[si], askMax, betaMicros), sReserve[si]);
            int prefix = prefixAtLeast(unclamped, sReserve[si]);
            if (prefix == 0 || prefixMaxReserve[prefix - 1] < ps) {
                continue;
            }
            if (tree == null) {
                tree = new BuyerTree(reserveOpen);
            }
            int from = 0;
            long left = sRem[si];
            while (left > 0) {
                int j = tree.first(from, prefix, ps);
                if (j < 0) {
                    break;
                }
                int b = open[j];
                if (bPart[b] == sPart[si]) {
                    from = j + 1; // no self-trade: this buyer keeps its place for other sellers
                    continue;
                }
                long q = Math.min(left, bRem[b]);
                log.add(sellers.index[si], buyers.index[b], q,
                        Prices.midpoint(ps, Math.min(unclamped[j], reserveOpen[j])), 2);
                left -= q;
                bRem[b] -= q;
                if (bRem[b] == 0) {
                    tree.remove(j);
                }
            }
            sRem[si] = left;
        }
    }

    /** @return the length of the prefix of the non-increasing {@code values} whose elements are >= {@code bound} */
    private static int prefixAtLeast(long[] values, long bound) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] >= bound) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

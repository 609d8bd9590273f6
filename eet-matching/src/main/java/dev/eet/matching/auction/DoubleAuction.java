package dev.eet.matching.auction;

/**
 * The clearing rounds of the periodic double auction (matching.md section 1) on an {@link AuctionBook}, in exact
 * integer arithmetic, allocating only a fixed number of arrays per clearing (nothing per order or per trade).
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
    private final long[] remaining;
    private final TradeLog log;
    private final int[] sellers;
    private final int[] buyers;
    private boolean tradedInRoundOne;
    private long askMax = Long.MIN_VALUE;
    private long bidMin = Long.MAX_VALUE;

    private DoubleAuction(AuctionBook book, boolean renewableFirst) {
        this.book = book;
        this.remaining = book.quantity.clone();
        this.log = new TradeLog(book.size);
        this.sellers = PriorityOrder.of(book, true, renewableFirst);
        this.buyers = PriorityOrder.of(book, false, false);
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
        a.roundOne(0, a.sellers.length);
        a.roundTwo(betaMicros);
        return new AuctionOutcome(a.log, a.remaining);
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
        int split = 0;
        while (split < a.sellers.length && book.renewable[a.sellers[split]]) {
            split++;
        }
        a.roundOne(0, split);
        a.roundOne(split, a.sellers.length);
        return new AuctionOutcome(a.log, a.remaining);
    }

    private void roundOne(int from, int to) {
        final long[] rem = remaining;
        final long[] limit = book.limit;
        final int[] part = book.participant;
        final int nb = buyers.length;
        int head = 0;
        for (int si = from; si < to; si++) {
            int s = sellers[si];
            long ask = limit[s];
            while (head < nb && rem[buyers[head]] == 0) {
                head++;
            }
            if (head == nb || limit[buyers[head]] < ask) {
                return; // the best remaining bid does not reach this ask, nor any later (higher) one of the class
            }
            int bi = head;
            while (rem[s] > 0 && bi < nb) {
                int b = buyers[bi];
                if (limit[b] < ask) {
                    break;
                }
                if (rem[b] == 0 || part[b] == part[s]) {
                    bi++;
                    continue;
                }
                long q = Math.min(rem[s], rem[b]);
                log.add(s, b, q, Prices.midpoint(ask, limit[b]), 1);
                rem[s] -= q;
                rem[b] -= q;
                tradedInRoundOne = true;
                askMax = Math.max(askMax, ask);
                bidMin = Math.min(bidMin, limit[b]);
                if (rem[b] == 0) {
                    bi++;
                }
            }
        }
    }

    private void roundTwo(long betaMicros) {
        final long[] rem = remaining;
        final long[] limit = book.limit;
        final long[] reserve = book.reserve;
        int m = 0;
        for (int b : buyers) {
            if (rem[b] > 0) {
                m++;
            }
        }
        if (m == 0) {
            return;
        }
        int[] open = new int[m];
        int k = 0;
        for (int b : buyers) {
            if (rem[b] > 0) {
                open[k++] = b;
            }
        }
        if (!tradedInRoundOne) {
            int firstSeller = -1;
            for (int s : sellers) {
                if (rem[s] > 0) {
                    firstSeller = s;
                    break;
                }
            }
            if (firstSeller < 0) {
                return;
            }
            askMax = limit[firstSeller];
            bidMin = limit[open[0]];
        }
        // Unclamped buyer quotes P + beta(bidMin - P) never increase along buyer priority (P descending, slope
        // 1 - beta >= 0, rounding is monotone), so "quote >= the seller's reserve" holds on a prefix of the open
        // buyers, found by binary search; "reserve >= the seller's quote" is a max-tree search in that prefix.
        // The clamped quote min(unclamped, reserve) is >= the seller's reserve exactly when both hold, because the
        // seller's clamped quote is itself >= its reserve.
        long[] unclamped = new long[m];
        for (int j = 0; j < m; j++) {
            unclamped[j] = Prices.adjust(limit[open[j]], bidMin, betaMicros);
        }
        BuyerTree tree = new BuyerTree(open, reserve);
        final int[] part = book.participant;
        for (int s : sellers) {
            if (rem[s] == 0) {
                continue;
            }
            long ps = Math.max(Prices.adjust(limit[s], askMax, betaMicros), reserve[s]);
            int prefix = prefixAtLeast(unclamped, reserve[s]);
            int from = 0;
            while (rem[s] > 0) {
                int j = tree.first(from, prefix, ps);
                if (j < 0) {
                    break;
                }
                int b = open[j];
                if (part[b] == part[s]) {
                    from = j + 1; // no self-trade: this buyer keeps its place for other sellers
                    continue;
                }
                long q = Math.min(rem[s], rem[b]);
                log.add(s, b, q, Prices.midpoint(ps, Math.min(unclamped[j], reserve[b])), 2);
                rem[s] -= q;
                rem[b] -= q;
                if (rem[b] == 0) {
                    tree.remove(j);
                }
            }
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

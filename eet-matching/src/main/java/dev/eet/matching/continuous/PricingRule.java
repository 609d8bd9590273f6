package dev.eet.matching.continuous;

/**
 * How the price of a continuous-book trade is chosen from the two limit prices involved. Both rules give a price
 * within both participants' limits: the resting order's price is never worse than the incoming limit (otherwise
 * they would not cross), and the midpoint lies between the two.
 */
public enum PricingRule {
    /** The resting (maker) order's price, as on a stock exchange. */
    RESTING,
    /**
     * The average of the incoming and the resting limit, {@code (incoming + resting) / 2} rounded HALF_EVEN to a
     * whole micro-unit, as in [CDA]. A market order has no limit and always trades at the resting price.
     */
    MIDPOINT;

    /**
     * @param restingPrice the resting order's price in micro-units per kWh
     * @param incomingLimit the incoming order's limit in micro-units per kWh
     * @return the trade price in micro-units per kWh
     */
    public long tradePrice(long restingPrice, long incomingLimit) {
        return this == RESTING ? restingPrice : midpoint(restingPrice, incomingLimit);
    }

    /**
     * {@code (a + b) / 2} rounded HALF_EVEN, without overflow.
     *
     * @param a one price in units
     * @param b the other
     * @return the midpoint in units
     */
    static long midpoint(long a, long b) {
        long half = (a >> 1) + (b >> 1);   // floor(a/2) + floor(b/2)
        long rest = (a & 1) + (b & 1);     // 0, 1 or 2 half-units left over
        if (rest == 2) {
            return half + 1;
        }
        if (rest == 1 && (half & 1) != 0) { // exactly half + 0.5: round to the even neighbour
            return half + 1;
        }
        return half;
    }
}

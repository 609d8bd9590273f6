package dev.eet.matching.auction;

import dev.eet.api.value.FixedPoint;

/** Raw price arithmetic of the auctions, on micro-units per kWh, exact and rounded HALF_EVEN. */
final class Prices {
    private Prices() {
    }

    /** @return {@code (a + b) / 2} rounded HALF_EVEN, for non-negative a and b (same rule as Price.midpoint) */
    static long midpoint(long a, long b) {
        long half = (a >> 1) + (b >> 1);
        long rest = (a & 1) + (b & 1);
        if (rest == 2 || (rest == 1 && (half & 1) != 0)) {
            return half + 1;
        }
        return half;
    }

    /**
     * The round-2 quote {@code p - beta * (p - anchor)}: the product is rounded HALF_EVEN once.
     *
     * @param p the limit price
     * @param anchor askMax for a seller, bidMin for a buyer
     * @param betaMicros beta in millionths (0 to 1,000,000)
     * @return the adjusted quote
     */
    static long adjust(long p, long anchor, long betaMicros) {
        return p - FixedPoint.multiplyDivide(p - anchor, betaMicros, FixedPoint.ONE, "Price");
    }
}

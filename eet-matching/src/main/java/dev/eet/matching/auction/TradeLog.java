package dev.eet.matching.auction;

/**
 * Trades of one clearing as primitive columns, in the order they were made: sell and buy order indexes into the
 * {@link AuctionBook}, quantity (micro-kWh), price (micro-units per kWh) and round. Sized once for the worst case
 * (every trade exhausts at least one order, so there are at most as many trades as orders).
 */
public final class TradeLog {
    final int[] sell;
    final int[] buy;
    final long[] quantity;
    final long[] price;
    final byte[] round;
    int size;

    TradeLog(int capacity) {
        sell = new int[capacity];
        buy = new int[capacity];
        quantity = new long[capacity];
        price = new long[capacity];
        round = new byte[capacity];
    }

    void add(int s, int b, long q, long p, int r) {
        sell[size] = s;
        buy[size] = b;
        quantity[size] = q;
        price[size] = p;
        round[size] = (byte) r;
        size++;
    }

    /** @return the number of trades */
    public int size() {
        return size;
    }

    /** @param k trade number @return its sell order's book index */
    public int sellOrder(int k) {
        return sell[k];
    }

    /** @param k trade number @return its buy order's book index */
    public int buyOrder(int k) {
        return buy[k];
    }

    /** @param k trade number @return its quantity in micro-kWh */
    public long quantity(int k) {
        return quantity[k];
    }

    /** @param k trade number @return its price in micro-units per kWh */
    public long price(int k) {
        return price[k];
    }

    /** @param k trade number @return the round that made it */
    public int round(int k) {
        return round[k];
    }
}

package dev.eet.matching.continuous;

/** Visits resting orders in priority order (see {@link OrderBook#forEachResting}). */
@FunctionalInterface
public interface RestingOrderVisitor {
    /**
     * @param orderId the order
     * @param participant its participant number
     * @param buy whether it is a buy order
     * @param price its limit price in micro-units per kWh
     * @param quantity its remaining quantity in micro-kWh
     */
    void visit(long orderId, int participant, boolean buy, long price, long quantity);
}

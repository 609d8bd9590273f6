package dev.eet.matching.continuous;

import dev.eet.api.model.Side;
import java.util.Arrays;
import java.util.Objects;

/**
 * A continuous limit order book for one market (one delivery period): orders match on arrival against the
 * resting book with price-time priority, partial fills, cancel and amend, a pluggable {@link PricingRule} and a
 * {@link SelfTradePolicy}.
 *
 * <h2>Units</h2>
 * Prices are {@code long} micro-units per kWh and quantities {@code long} micro-kWh (the raw units of
 * {@link dev.eet.api.value.Price} and {@link dev.eet.api.value.Energy}, {@link dev.eet.api.value.FixedPoint}
 * scale 6). Integer arithmetic only; no value is ever rounded except the {@link PricingRule#MIDPOINT} price
 * (HALF_EVEN to a whole micro-unit).
 *
 * <h2>Commands</h2>
 * <ul>
 *   <li>{@link #place}: a limit order, {@link TimeInForce#GTC} (the unfilled part rests) or
 *       {@link TimeInForce#IOC} (the unfilled part is cancelled with {@link CancelReason#UNFILLED_IMMEDIATE}).</li>
 *   <li>{@link #placeMarket}: a market order, IOC without a price limit, always traded at the resting price
 *       (whatever the pricing rule: a market order has no limit to take a midpoint with).</li>
 *   <li>{@link #cancel}: removes a resting order ({@link CancelReason#REQUESTED}).</li>
 *   <li>{@link #amend}: sets a resting order's price and open quantity. Reducing the quantity at the same price
 *       keeps the order's time priority; any price change or quantity increase loses it: the order leaves the
 *       book and re-enters as a new arrival (it may then trade immediately, as the aggressor).</li>
 * </ul>
 * An order id must be unique among resting orders (a place with the id of a resting order is rejected); ids of
 * filled or cancelled orders may be reused. Participants are {@code int} numbers, compared for self-trade
 * prevention only.
 *
 * <h2>Matching</h2>
 * An incoming buy trades while the best ask is at or below its limit (any ask for a market order), best price
 * first and, within a price, the earliest resting order first; a sell symmetrically. Each trade is for the
 * smaller of the two open quantities and is reported to the {@link BookListener} in the order made. When the
 * next resting order belongs to the incoming order's participant the {@link SelfTradePolicy} applies. After
 * every command the book is uncrossed: best bid &lt; best ask whenever both exist.
 *
 * <h2>Performance</h2>
 * Allocation-free in steady state: order records live in parallel primitive arrays with a free list, price
 * levels in sorted primitive arrays ({@link BookSide}), the id index is a primitive open-addressing map, and
 * events are primitive callbacks. Arrays grow (allocating) only when the book holds more orders or levels than
 * ever before. Not thread-safe: one thread drives a book (the usual single-writer design of matching engines).
 * Deterministic: the same commands give the same events and the same book.
 */
public final class OrderBook {
    /** Returned by the best-price queries when that side is empty. Real prices are never negative. */
    public static final long NO_PRICE = -1;

    private static final int NIL = -1;

    private final boolean midpoint;
    private final boolean cancelResting;
    private final BookListener listener;
    private final PricingRule pricing;
    private final SelfTradePolicy selfTrade;

    // order records, indexed by slot
    private long[] orderId;
    private long[] orderPrice;
    private long[] orderQty;
    private int[] orderParticipant;
    private int[] orderNext;
    private int[] orderPrev;
    private int[] orderLevel;
    private boolean[] orderBuy;
    private int freeSlot = NIL;
    private int slotsCreated;

    private final OrderIndex index;
    private final BookSide bids;
    private final BookSide asks;

    private boolean busy;
    /** Set by {@link #match} when self-trade prevention cancelled the incoming order. */
    private boolean incomingCancelled;

    /**
     * A book with room for 1024 resting orders before it first grows.
     *
     * @param pricing how trade prices are chosen
     * @param selfTrade what happens when an order meets its own participant's resting order
     * @param listener receives trades and cancellations
     */
    public OrderBook(PricingRule pricing, SelfTradePolicy selfTrade, BookListener listener) {
        this(pricing, selfTrade, listener, 1024);
    }

    /**
     * @param pricing how trade prices are chosen
     * @param selfTrade what happens when an order meets its own participant's resting order
     * @param listener receives trades and cancellations
     * @param expectedOrders resting orders the book holds before it first grows its arrays
     */
    public OrderBook(PricingRule pricing, SelfTradePolicy selfTrade, BookListener listener, int expectedOrders) {
        this.pricing = Objects.requireNonNull(pricing, "pricing");
        this.selfTrade = Objects.requireNonNull(selfTrade, "selfTrade");
        this.listener = Objects.requireNonNull(listener, "listener");
        if (expectedOrders < 0) {
            throw new IllegalArgumentException("expectedOrders must not be negative, was " + expectedOrders);
        }
        this.midpoint = pricing == PricingRule.MIDPOINT;
        this.cancelResting = selfTrade == SelfTradePolicy.CANCEL_RESTING;
        int n = Math.max(16, expectedOrders);
        orderId = new long[n];
        orderPrice = new long[n];
        orderQty = new long[n];
        orderParticipant = new int[n];
        orderNext = new int[n];
        orderPrev = new int[n];
        orderLevel = new int[n];
        orderBuy = new boolean[n];
        index = new OrderIndex(n);
        bids = new BookSide(true, n / 4);
        asks = new BookSide(false, n / 4);
    }

    /** @return the pricing rule */
    public PricingRule pricing() {
        return pricing;
    }

    /** @return the self-trade prevention policy */
    public SelfTradePolicy selfTradePolicy() {
        return selfTrade;
    }

    // ------------------------------------------------------------------ commands

    /**
     * Places a limit order: it trades against the resting book as far as its limit allows, then the unfilled
     * part rests ({@link TimeInForce#GTC}) or is cancelled ({@link TimeInForce#IOC}).
     *
     * @param id the order id, unique among resting orders
     * @param participant the owner (for self-trade prevention)
     * @param side buy or sell
     * @param limit the limit price in micro-units per kWh, not negative
     * @param quantity the quantity in micro-kWh, positive
     * @param timeInForce what happens to the unfilled part
     * @return {@link CommandStatus#ACCEPTED} or why the order was rejected (nothing changed then)
     * @throws NullPointerException if {@code side} or {@code timeInForce} is null
     */
    public CommandStatus place(long id, int participant, Side side, long limit, long quantity,
                               TimeInForce timeInForce) {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(timeInForce, "timeInForce");
        return submit(id, participant, side == Side.BUY, limit, quantity, false, timeInForce == TimeInForce.GTC);
    }

    /**
     * Places a market order: immediate-or-cancel without a price limit, traded at the resting orders' prices.
     *
     * @param id the order id, unique among resting orders
     * @param participant the owner
     * @param side buy or sell
     * @param quantity the quantity in micro-kWh, positive
     * @return {@link CommandStatus#ACCEPTED} or why the order was rejected
     */
    public CommandStatus placeMarket(long id, int participant, Side side, long quantity) {
        boolean buy = Objects.requireNonNull(side, "side") == Side.BUY;
        return submit(id, participant, buy, buy ? Long.MAX_VALUE : 0, quantity, true, false);
    }

    /**
     * Cancels a resting order; the listener gets its open quantity with {@link CancelReason#REQUESTED}.
     *
     * @param id the order id
     * @return {@link CommandStatus#ACCEPTED} or {@link CommandStatus#REJECTED_UNKNOWN_ORDER}
     */
    public CommandStatus cancel(long id) {
        enter();
        try {
            int slot = index.get(id);
            if (slot == NIL) {
                return CommandStatus.REJECTED_UNKNOWN_ORDER;
            }
            long open = orderQty[slot];
            removeResting(slot);
            listener.onCancel(id, open, CancelReason.REQUESTED);
            return CommandStatus.ACCEPTED;
        } finally {
            busy = false;
        }
    }

    /**
     * Sets a resting order's limit price and open quantity. The same price with a smaller (or equal) quantity
     * keeps the order's place in the queue; a price change or a larger quantity loses it: the order re-enters as
     * a new arrival and may trade at once. No event is reported for the amendment itself.
     *
     * @param id the order id
     * @param newLimit the new limit price in micro-units per kWh, not negative
     * @param newQuantity the new open quantity in micro-kWh, positive (use {@link #cancel} to remove an order)
     * @return {@link CommandStatus#ACCEPTED} or why the amendment was rejected (nothing changed then)
     */
    public CommandStatus amend(long id, long newLimit, long newQuantity) {
        if (newQuantity <= 0) {
            return CommandStatus.REJECTED_INVALID_QUANTITY;
        }
        if (newLimit < 0) {
            return CommandStatus.REJECTED_INVALID_PRICE;
        }
        enter();
        int participant;
        boolean buy;
        try {
            int slot = index.get(id);
            if (slot == NIL) {
                return CommandStatus.REJECTED_UNKNOWN_ORDER;
            }
            if (newLimit == orderPrice[slot] && newQuantity <= orderQty[slot]) {
                orderQty[slot] = newQuantity;
                return CommandStatus.ACCEPTED;
            }
            participant = orderParticipant[slot];
            buy = orderBuy[slot];
            removeResting(slot);
        } finally {
            busy = false;
        }
        // the id is free again, the quantity positive and the price valid: this cannot be rejected
        return submit(id, participant, buy, newLimit, newQuantity, false, true);
    }

    /** Removes every resting order without events, keeping the allocated arrays. */
    public void clear() {
        enter();
        try {
            index.clear();
            bids.clear();
            asks.clear();
            freeSlot = NIL;
            slotsCreated = 0;
        } finally {
            busy = false;
        }
    }

    // ------------------------------------------------------------------ queries

    /** @return the highest bid price, or {@link #NO_PRICE} */
    public long bestBid() {
        int level = bids.best();
        return level == NIL ? NO_PRICE : bids.price[level];
    }

    /** @return the lowest ask price, or {@link #NO_PRICE} */
    public long bestAsk() {
        int level = asks.best();
        return level == NIL ? NO_PRICE : asks.price[level];
    }

    /** @return the number of resting orders */
    public int size() {
        return index.size();
    }

    /**
     * @param side bids or asks
     * @return the number of distinct price levels on that side
     */
    public int levels(Side side) {
        return sideOf(side == Side.BUY).levels();
    }

    /**
     * @param id an order id
     * @return its open quantity in micro-kWh, or 0 if it is not resting
     */
    public long openQuantity(long id) {
        int slot = index.get(id);
        return slot == NIL ? 0 : orderQty[slot];
    }

    /**
     * @param side bids or asks
     * @return the total open quantity on that side in micro-kWh
     * @throws ArithmeticException if it exceeds a {@code long}
     */
    public long depth(Side side) {
        BookSide s = sideOf(side == Side.BUY);
        long total = 0;
        for (int r = 0; r < s.levels(); r++) {
            for (int o = s.head[s.levelAtRank(r)]; o != NIL; o = orderNext[o]) {
                total = Math.addExact(total, orderQty[o]);
            }
        }
        return total;
    }

    /**
     * Visits the resting orders of one side in priority order: best price first, then earliest first.
     *
     * @param side bids or asks
     * @param visitor called once per order; must not modify the book
     */
    public void forEachResting(Side side, RestingOrderVisitor visitor) {
        enter();
        try {
            BookSide s = sideOf(side == Side.BUY);
            for (int r = 0; r < s.levels(); r++) {
                for (int o = s.head[s.levelAtRank(r)]; o != NIL; o = orderNext[o]) {
                    visitor.visit(orderId[o], orderParticipant[o], orderBuy[o], orderPrice[o], orderQty[o]);
                }
            }
        } finally {
            busy = false;
        }
    }

    // ------------------------------------------------------------------ engine

    private void enter() {
        if (busy) {
            throw new IllegalStateException("order book re-entered from a listener or visitor");
        }
        busy = true;
    }

    private BookSide sideOf(boolean buy) {
        return buy ? bids : asks;
    }

    private CommandStatus submit(long id, int participant, boolean buy, long limit, long quantity, boolean market,
                                 boolean rest) {
        if (quantity <= 0) {
            return CommandStatus.REJECTED_INVALID_QUANTITY;
        }
        if (limit < 0) {
            return CommandStatus.REJECTED_INVALID_PRICE;
        }
        enter();
        try {
            if (index.get(id) != NIL) {
                return CommandStatus.REJECTED_DUPLICATE_ID;
            }
            incomingCancelled = false;
            long open = match(id, participant, buy, limit, quantity, market);
            if (open > 0 && !incomingCancelled) {
                if (rest) {
                    addResting(id, participant, buy, limit, open);
                } else {
                    listener.onCancel(id, open, CancelReason.UNFILLED_IMMEDIATE);
                }
            }
            return CommandStatus.ACCEPTED;
        } finally {
            busy = false;
        }
    }

    /** Trades the incoming order against the opposite side; returns its open quantity. */
    private long match(long id, int participant, boolean buy, long limit, long quantity, boolean market) {
        BookSide opposite = buy ? asks : bids;
        long open = quantity;
        while (open > 0) {
            int level = opposite.best();
            if (level == NIL) {
                break;
            }
            long levelPrice = opposite.price[level];
            if (buy ? levelPrice > limit : levelPrice < limit) {
                break;
            }
            long tradePrice = market || !midpoint ? levelPrice : PricingRule.midpoint(levelPrice, limit);
            int o = opposite.head[level];
            while (o != NIL && open > 0) {
                int next = orderNext[o];
                long restingId = orderId[o];
                if (orderParticipant[o] == participant) {
                    if (!cancelResting) {
                        incomingCancelled = true;
                        listener.onCancel(id, open, CancelReason.SELF_TRADE);
                        return open;
                    }
                    long cancelled = orderQty[o];
                    popHead(opposite, level, o, next);
                    listener.onCancel(restingId, cancelled, CancelReason.SELF_TRADE);
                } else {
                    long restingOpen = orderQty[o];
                    long traded = Math.min(open, restingOpen);
                    open -= traded;
                    if (traded == restingOpen) {
                        popHead(opposite, level, o, next);
                    } else {
                        orderQty[o] = restingOpen - traded;
                    }
                    listener.onTrade(id, restingId, buy, tradePrice, traded);
                }
                o = next;
            }
            if (opposite.head[level] == NIL) {
                opposite.removeLevel(level);
            }
        }
        return open;
    }

    /** Unlinks the head order of a level (the level itself is removed by the caller when it empties). */
    private void popHead(BookSide side, int level, int slot, int next) {
        side.head[level] = next;
        if (next == NIL) {
            side.tail[level] = NIL;
        } else {
            orderPrev[next] = NIL;
        }
        index.remove(orderId[slot]);
        freeSlot(slot);
    }

    private void addResting(long id, int participant, boolean buy, long price, long quantity) {
        int slot = allocateSlot();
        BookSide side = sideOf(buy);
        int level = side.levelFor(price);
        orderId[slot] = id;
        orderPrice[slot] = price;
        orderQty[slot] = quantity;
        orderParticipant[slot] = participant;
        orderBuy[slot] = buy;
        orderLevel[slot] = level;
        int last = side.tail[level];
        orderPrev[slot] = last;
        orderNext[slot] = NIL;
        if (last == NIL) {
            side.head[level] = slot;
        } else {
            orderNext[last] = slot;
        }
        side.tail[level] = slot;
        index.putNew(id, slot);
    }

    private void removeResting(int slot) {
        BookSide side = sideOf(orderBuy[slot]);
        int level = orderLevel[slot];
        int prev = orderPrev[slot];
        int next = orderNext[slot];
        if (prev == NIL) {
            side.head[level] = next;
        } else {
            orderNext[prev] = next;
        }
        if (next == NIL) {
            side.tail[level] = prev;
        } else {
            orderPrev[next] = prev;
        }
        if (side.head[level] == NIL) {
            side.removeLevel(level);
        }
        index.remove(orderId[slot]);
        freeSlot(slot);
    }

    private int allocateSlot() {
        int slot = freeSlot;
        if (slot != NIL) {
            freeSlot = orderNext[slot];
            return slot;
        }
        if (slotsCreated == orderId.length) {
            growOrders();
        }
        return slotsCreated++;
    }

    private void freeSlot(int slot) {
        orderNext[slot] = freeSlot;
        freeSlot = slot;
    }

    private void growOrders() {
        int n = orderId.length * 2;
        orderId = Arrays.copyOf(orderId, n);
        orderPrice = Arrays.copyOf(orderPrice, n);
        orderQty = Arrays.copyOf(orderQty, n);
        orderParticipant = Arrays.copyOf(orderParticipant, n);
        orderNext = Arrays.copyOf(orderNext, n);
        orderPrev = Arrays.copyOf(orderPrev, n);
        orderLevel = Arrays.copyOf(orderLevel, n);
        orderBuy = Arrays.copyOf(orderBuy, n);
    }
}

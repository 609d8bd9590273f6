package dev.eet.matching.continuous;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.model.Side;
import dev.eet.matching.continuous.RecordingListener.CancelEvent;
import dev.eet.matching.continuous.RecordingListener.Event;
import dev.eet.matching.continuous.RecordingListener.TradeEvent;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Example tests of the continuous book's rules, one behaviour per test. Prices and quantities in raw units. */
class OrderBookTest {

    /** 1 kWh in micro-kWh. */
    private static final long KWH = 1_000_000;
    /** 0.01 per kWh in micro-units. */
    private static final long CENT = 10_000;

    private final RecordingListener events = new RecordingListener();

    private OrderBook book(PricingRule pricing, SelfTradePolicy policy) {
        return new OrderBook(pricing, policy, events);
    }

    private OrderBook book() {
        return book(PricingRule.RESTING, SelfTradePolicy.CANCEL_RESTING);
    }

    private static List<String> resting(OrderBook b, Side side) {
        List<String> out = new ArrayList<>();
        b.forEachResting(side, (id, p, buy, price, qty) -> out.add(id + ":" + qty / KWH + "@" + price / CENT));
        return out;
    }

    @Nested
    class Matching {

        @Test
        void nonCrossingOrdersRestAndTheBookShowsBestPrices() {
            OrderBook b = book();
            assertEquals(CommandStatus.ACCEPTED, b.place(1, 1, Side.SELL, 30 * CENT, 10 * KWH, TimeInForce.GTC));
            assertEquals(CommandStatus.ACCEPTED, b.place(2, 2, Side.BUY, 25 * CENT, 10 * KWH, TimeInForce.GTC));
            assertEquals(25 * CENT, b.bestBid());
            assertEquals(30 * CENT, b.bestAsk());
            assertEquals(2, b.size());
            assertTrue(events.events.isEmpty());
        }

        @Test
        void incomingOrderTradesAtTheRestingPriceAndLeavesTheRestOfTheRestingOrder() {
            OrderBook b = book();
            b.place(1, 1, Side.SELL, 30 * CENT, 10 * KWH, TimeInForce.GTC);
            b.place(2, 2, Side.BUY, 50 * CENT, 4 * KWH, TimeInForce.GTC);
            assertEquals(List.of(new TradeEvent(2, 1, true, 30 * CENT, 4 * KWH)), events.events);
            assertEquals(List.of("1:6@30"), resting(b, Side.SELL));
            assertEquals(OrderBook.NO_PRICE, b.bestBid(), "a fully filled incoming order does not rest");
        }

        @Test
        void midpointPricingUsesTheAverageOfBothLimits() {
            OrderBook b = book(PricingRule.MIDPOINT, SelfTradePolicy.CANCEL_RESTING);
            b.place(1, 1, Side.SELL, 30 * CENT, 10 * KWH, TimeInForce.GTC);
            b.place(2, 2, Side.BUY, 50 * CENT, 4 * KWH, TimeInForce.GTC);
            assertEquals(List.of(new TradeEvent(2, 1, true, 40 * CENT, 4 * KWH)), events.events);
        }

        @Test
        void midpointRoundsHalfToEven() {
            assertEquals(4, PricingRule.MIDPOINT.tradePrice(3, 6), "4.5 -> 4");
            assertEquals(6, PricingRule.MIDPOINT.tradePrice(5, 6), "5.5 -> 6");
            assertEquals(5, PricingRule.MIDPOINT.tradePrice(4, 6));
            assertEquals(Long.MAX_VALUE - 1, PricingRule.MIDPOINT.tradePrice(Long.MAX_VALUE, Long.MAX_VALUE - 1),
                    "no overflow near the top of the range, (2^63 - 1.5) -> even");
            assertEquals(7, PricingRule.RESTING.tradePrice(7, 99));
        }

        @Test
        void betterPriceComesFirstThenEarlierTime() {
            OrderBook b = book();
            b.place(1, 1, Side.SELL, 31 * CENT, 1 * KWH, TimeInForce.GTC);
            b.place(2, 2, Side.SELL, 30 * CENT, 1 * KWH, TimeInForce.GTC);
            b.place(3, 3, Side.SELL, 30 * CENT, 1 * KWH, TimeInForce.GTC);
            b.place(4, 4, Side.BUY, 31 * CENT, 3 * KWH, TimeInForce.GTC);
            assertEquals(List.of(new TradeEvent(4, 2, true, 30 * CENT, KWH), new TradeEvent(4, 3, true, 30 * CENT, KWH),
                    new TradeEvent(4, 1, true, 31 * CENT, KWH)), events.events);
            assertEquals(0, b.size());
        }

        @Test
        void incomingOrderWalksLevelsUpToItsLimitAndRestsTheRemainderAtItsLimit() {
            OrderBook b = book();
            b.place(1, 1, Side.BUY, 50 * CENT, 2 * KWH, TimeInForce.GTC);
            b.place(2, 2, Side.BUY, 48 * CENT, 2 * KWH, TimeInForce.GTC);
            b.place(3, 3, Side.BUY, 45 * CENT, 2 * KWH, TimeInForce.GTC);
            b.place(9, 9, Side.SELL, 48 * CENT, 7 * KWH, TimeInForce.GTC);
            assertEquals(List.of(new TradeEvent(9, 1, false, 50 * CENT, 2 * KWH),
                    new TradeEvent(9, 2, false, 48 * CENT, 2 * KWH)), events.events);
            assertEquals(List.of("9:3@48"), resting(b, Side.SELL));
            assertEquals(List.of("3:2@45"), resting(b, Side.BUY));
            assertEquals(45 * CENT, b.bestBid());
            assertEquals(48 * CENT, b.bestAsk());
        }

        @Test
        void immediateOrCancelNeverRests() {
            OrderBook b = book();
            b.place(1, 1, Side.SELL, 30 * CENT, 1 * KWH, TimeInForce.GTC);
            b.place(2, 2, Side.BUY, 35 * CENT, 3 * KWH, TimeInForce.IOC);
            assertEquals(List.of(new TradeEvent(2, 1, true, 30 * CENT, KWH),
                    new CancelEvent(2, 2 * KWH, CancelReason.UNFILLED_IMMEDIATE)), events.events);
            assertEquals(0, b.size());
        }

        @Test
        void marketOrderTakesAnyPriceAtTheRestingPriceEvenUnderMidpointPricing() {
            OrderBook b = book(PricingRule.MIDPOINT, SelfTradePolicy.CANCEL_RESTING);
            b.place(1, 1, Side.BUY, 40 * CENT, 1 * KWH, TimeInForce.GTC);
            b.place(2, 2, Side.BUY, 10 * CENT, 1 * KWH, TimeInForce.GTC);
            b.placeMarket(3, 3, Side.SELL, 3 * KWH);
            assertEquals(List.of(new TradeEvent(3, 1, false, 40 * CENT, KWH), new TradeEvent(3, 2, false, 10 * CENT, KWH),
                    new CancelEvent(3, KWH, CancelReason.UNFILLED_IMMEDIATE)), events.events);
        }

        @Test
        void marketOrderIntoAnEmptyBookIsCancelledWhole() {
            OrderBook b = book();
            assertEquals(CommandStatus.ACCEPTED, b.placeMarket(1, 1, Side.BUY, 5 * KWH));
            assertEquals(List.of(new CancelEvent(1, 5 * KWH, CancelReason.UNFILLED_IMMEDIATE)), events.events);
        }

        @Test
        void zeroPriceIsAValidLimit() {
            OrderBook b = book();
            b.place(1, 1, Side.SELL, 0, 1 * KWH, TimeInForce.GTC);
            b.place(2, 2, Side.BUY, 0, 1 * KWH, TimeInForce.GTC);
            assertEquals(List.of(new TradeEvent(2, 1, true, 0, KWH)), events.events);
        }

        @Test
        void idOfAFinishedOrderMayBeReused() {
            OrderBook b = book();
            b.place(1, 1, Side.SELL, 30 * CENT, 1 * KWH, TimeInForce.GTC);
            b.place(2, 2, Side.BUY, 30 * CENT, 1 * KWH, TimeInForce.GTC);
            assertEquals(CommandStatus.ACCEPTED, b.place(1, 1, Side.SELL, 30 * CENT, 1 * KWH, TimeInForce.GTC));
            assertEquals(KWH, b.openQuantity(1));
        }
    }

    @Nested
    class CancelAndAmend {

        @Test
        void cancelRemovesTheOrderAndItsEmptyLevel() {
            OrderBook b = book();
            b.place(1, 1, Side.SELL, 30 * CENT, 2 * KWH, TimeInForce.GTC);
            b.place(2, 1, Side.SELL, 32 * CENT, 2 * KWH, TimeInForce.GTC);
            assertEquals(CommandStatus.ACCEPTED, b.cancel(1));
            assertEquals(List.of(new CancelEvent(1, 2 * KWH, CancelReason.REQUESTED)), events.events);
            assertEquals(32 * CENT, b.bestAsk());
            assertEquals(1, b.levels(Side.SELL));
            assertEquals(0, b.openQuantity(1));
        }

        @Test
        void cancelOfAnUnknownOrFinishedOrderIsRejectedAndChangesNothing() {
            OrderBook b = book();
            b.place(1, 1, Side.SELL, 30 * CENT, 2 * KWH, TimeInForce.GTC);
            assertEquals(CommandStatus.REJECTED_UNKNOWN_ORDER, b.cancel(7));
            b.cancel(1);
            assertEquals(CommandStatus.REJECTED_UNKNOWN_ORDER, b.cancel(1));
            assertEquals(1, events.events.size());
        }

        @Test
        void reducingQuantityKeepsTimePriority() {
            OrderBook b = book();
            b.place(1, 1, Side.SELL, 30 * CENT, 5 * KWH, TimeInForce.GTC);
            b.place(2, 2, Side.SELL, 30 * CENT, 5 * KWH, TimeInForce.GTC);
            assertEquals(CommandStatus.ACCEPTED, b.amend(1, 30 * CENT, 2 * KWH));
            assertEquals(List.of("1:2@30", "2:5@30"), resting(b, Side.SELL));
            b.place(3, 3, Side.BUY, 30 * CENT, 3 * KWH, TimeInForce.GTC);
            assertEquals(List.of(new TradeEvent(3, 1, true, 30 * CENT, 2 * KWH), new TradeEvent(3, 2, true, 30 * CENT, KWH)),
                    events.events);
        }

        @Test
        void increasingQuantityLosesTimePriority() {
            OrderBook b = book();
            b.place(1, 1, Side.SELL, 30 * CENT, 5 * KWH, TimeInForce.GTC);
            b.place(2, 2, Side.SELL, 30 * CENT, 5 * KWH, TimeInForce.GTC);
            b.amend(1, 30 * CENT, 6 * KWH);
            assertEquals(List.of("2:5@30", "1:6@30"), resting(b, Side.SELL));
        }

        @Test
        void priceChangeLosesPriorityAndMayTradeAtOnceAsTheAggressor() {
            OrderBook b = book(PricingRule.MIDPOINT, SelfTradePolicy.CANCEL_RESTING);
            b.place(1, 1, Side.BUY, 40 * CENT, 5 * KWH, TimeInForce.GTC);
            b.place(2, 2, Side.SELL, 50 * CENT, 2 * KWH, TimeInForce.GTC);
            assertEquals(CommandStatus.ACCEPTED, b.amend(1, 60 * CENT, 5 * KWH));
            assertEquals(List.of(new TradeEvent(1, 2, true, 55 * CENT, 2 * KWH)), events.events);
            assertEquals(List.of("1:3@60"), resting(b, Side.BUY));
        }

        @Test
        void priceChangeWithinALevelGoesToTheBackOfTheNewLevel() {
            OrderBook b = book();
            b.place(1, 1, Side.BUY, 40 * CENT, 1 * KWH, TimeInForce.GTC);
            b.place(2, 2, Side.BUY, 41 * CENT, 1 * KWH, TimeInForce.GTC);
            b.amend(1, 41 * CENT, 1 * KWH);
            assertEquals(List.of("2:1@41", "1:1@41"), resting(b, Side.BUY));
            assertEquals(1, b.levels(Side.BUY));
        }

        @Test
        void invalidAmendmentsAreRejectedAndChangeNothing() {
            OrderBook b = book();
            b.place(1, 1, Side.BUY, 40 * CENT, 1 * KWH, TimeInForce.GTC);
            assertEquals(CommandStatus.REJECTED_INVALID_QUANTITY, b.amend(1, 40 * CENT, 0));
            assertEquals(CommandStatus.REJECTED_INVALID_PRICE, b.amend(1, -1, KWH));
            assertEquals(CommandStatus.REJECTED_UNKNOWN_ORDER, b.amend(2, 40 * CENT, KWH));
            assertEquals(List.of("1:1@40"), resting(b, Side.BUY));
        }
    }

    @Nested
    class SelfTradePrevention {

        @Test
        void cancelRestingRemovesTheOwnRestingOrderAndKeepsMatching() {
            OrderBook b = book(PricingRule.RESTING, SelfTradePolicy.CANCEL_RESTING);
            b.place(1, 7, Side.SELL, 30 * CENT, 2 * KWH, TimeInForce.GTC);
            b.place(2, 8, Side.SELL, 31 * CENT, 2 * KWH, TimeInForce.GTC);
            b.place(3, 7, Side.BUY, 35 * CENT, 3 * KWH, TimeInForce.GTC);
            assertEquals(List.of(new CancelEvent(1, 2 * KWH, CancelReason.SELF_TRADE),
                    new TradeEvent(3, 2, true, 31 * CENT, 2 * KWH)), events.events);
            assertEquals(List.of("3:1@35"), resting(b, Side.BUY));
            assertEquals(OrderBook.NO_PRICE, b.bestAsk());
        }

        @Test
        void cancelIncomingStopsTheIncomingOrderAtItsOwnRestingOrder() {
            OrderBook b = book(PricingRule.RESTING, SelfTradePolicy.CANCEL_INCOMING);
            b.place(1, 8, Side.SELL, 30 * CENT, 1 * KWH, TimeInForce.GTC);
            b.place(2, 7, Side.SELL, 31 * CENT, 2 * KWH, TimeInForce.GTC);
            b.place(3, 9, Side.SELL, 31 * CENT, 2 * KWH, TimeInForce.GTC);
            b.place(4, 7, Side.BUY, 35 * CENT, 4 * KWH, TimeInForce.GTC);
            assertEquals(List.of(new TradeEvent(4, 1, true, 30 * CENT, KWH),
                    new CancelEvent(4, 3 * KWH, CancelReason.SELF_TRADE)), events.events);
            assertEquals(List.of("2:2@31", "3:2@31"), resting(b, Side.SELL));
            assertEquals(OrderBook.NO_PRICE, b.bestBid(), "the incoming order must not rest crossing its own order");
        }

        @Test
        void ownOrdersThatDoNotCrossBothRest() {
            OrderBook b = book();
            b.place(1, 7, Side.SELL, 30 * CENT, 2 * KWH, TimeInForce.GTC);
            b.place(2, 7, Side.BUY, 29 * CENT, 2 * KWH, TimeInForce.GTC);
            assertEquals(2, b.size());
            assertTrue(events.events.isEmpty());
        }
    }

    @Nested
    class Rejections {

        @Test
        void duplicateRestingIdIsRejectedBeforeAnyMatching() {
            OrderBook b = book();
            b.place(1, 1, Side.SELL, 30 * CENT, 2 * KWH, TimeInForce.GTC);
            b.place(2, 2, Side.BUY, 20 * CENT, 2 * KWH, TimeInForce.GTC);
            assertEquals(CommandStatus.REJECTED_DUPLICATE_ID, b.place(2, 3, Side.BUY, 35 * CENT, 1 * KWH,
                    TimeInForce.GTC));
            assertEquals(CommandStatus.REJECTED_DUPLICATE_ID, b.placeMarket(1, 3, Side.BUY, KWH));
            assertTrue(events.events.isEmpty());
            assertEquals(List.of("1:2@30"), resting(b, Side.SELL));
        }

        @Test
        void nonPositiveQuantityAndNegativePriceAreRejected() {
            OrderBook b = book();
            assertEquals(CommandStatus.REJECTED_INVALID_QUANTITY, b.place(1, 1, Side.BUY, CENT, 0, TimeInForce.GTC));
            assertEquals(CommandStatus.REJECTED_INVALID_QUANTITY, b.place(1, 1, Side.BUY, CENT, -5, TimeInForce.IOC));
            assertEquals(CommandStatus.REJECTED_INVALID_QUANTITY, b.placeMarket(1, 1, Side.BUY, 0));
            assertEquals(CommandStatus.REJECTED_INVALID_PRICE, b.place(1, 1, Side.SELL, -1, KWH, TimeInForce.GTC));
            assertEquals(0, b.size());
            assertTrue(events.events.isEmpty());
        }

        @Test
        void missingSideOrTimeInForceIsANamedError() {
            OrderBook b = book();
            assertEquals("side", assertThrows(NullPointerException.class,
                    () -> b.place(1, 1, null, CENT, KWH, TimeInForce.GTC)).getMessage());
            assertEquals("timeInForce", assertThrows(NullPointerException.class,
                    () -> b.place(1, 1, Side.BUY, CENT, KWH, null)).getMessage());
            assertEquals("side", assertThrows(NullPointerException.class,
                    () -> b.placeMarket(1, 1, null, KWH)).getMessage());
            assertEquals(0, b.size());
        }

        @Test
        void listenerThatCallsBackIntoTheBookIsStopped() {
            OrderBook[] holder = new OrderBook[1];
            BookListener reentrant = new BookListener() {
                @Override
                public void onTrade(long in, long rest, boolean buys, long price, long qty) {
                    holder[0].cancel(99);
                }

                @Override
                public void onCancel(long orderId, long quantity, CancelReason reason) {
                }
            };
            OrderBook b = new OrderBook(PricingRule.RESTING, SelfTradePolicy.CANCEL_RESTING, reentrant);
            holder[0] = b;
            b.place(1, 1, Side.SELL, CENT, KWH, TimeInForce.GTC);
            assertThrows(IllegalStateException.class, () -> b.place(2, 2, Side.BUY, CENT, KWH, TimeInForce.GTC));
            // the book is usable afterwards
            assertEquals(CommandStatus.ACCEPTED, b.place(3, 3, Side.SELL, 2 * CENT, KWH, TimeInForce.GTC));
        }
    }

    @Nested
    class Housekeeping {

        @Test
        void clearEmptiesTheBookAndItStaysUsable() {
            OrderBook b = book();
            for (int i = 0; i < 5_000; i++) {
                b.place(i, i % 5, i % 2 == 0 ? Side.BUY : Side.SELL, i % 2 == 0 ? 100 - (i / 2) % 50 : 200 + (i / 2) % 50, KWH,
                        TimeInForce.GTC);
            }
            assertEquals(5_000, b.size());
            assertEquals(50, b.levels(Side.BUY));
            assertEquals(2_500 * KWH, b.depth(Side.SELL));
            b.clear();
            assertEquals(0, b.size());
            assertEquals(OrderBook.NO_PRICE, b.bestBid());
            assertEquals(OrderBook.NO_PRICE, b.bestAsk());
            b.place(1, 1, Side.SELL, 10, KWH, TimeInForce.GTC);
            b.place(2, 2, Side.BUY, 10, KWH, TimeInForce.GTC);
            assertEquals(List.of(new TradeEvent(2, 1, true, 10, KWH)), events.events);
        }

        @Test
        void steadyStateCommandsDoNotAllocate() {
            com.sun.management.ThreadMXBean threads =
                    (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long thread = Thread.currentThread().getId();
            OrderBook b = new OrderBook(PricingRule.MIDPOINT, SelfTradePolicy.CANCEL_RESTING, BookListener.NONE,
                    4096);
            long[] commands = steadyStream(200_000);
            replay(b, commands); // warm-up: arrays reach their steady-state size
            b.clear();
            threads.getThreadAllocatedBytes(thread);
            long before = threads.getThreadAllocatedBytes(thread);
            replay(b, commands);
            long allocated = threads.getThreadAllocatedBytes(thread) - before;
            // one allocation per command would be >= 3 MB here; allow for the measuring call itself
            assertTrue(allocated < 4_096, "steady-state replay allocated " + allocated + " bytes");
        }

        /** place (60%), cancel (30%), aggressive IOC (10%) as packed longs: kind, id, price, quantity. */
        private long[] steadyStream(int n) {
            SplittableRandom rnd = new SplittableRandom(5);
            long[] out = new long[n * 4];
            long id = 0;
            for (int i = 0; i < n; i++) {
                int k = rnd.nextInt(10);
                out[i * 4] = k < 6 ? 0 : k < 9 ? 1 : 2;
                out[i * 4 + 1] = k < 6 || k == 9 ? ++id : Math.max(1, id - rnd.nextInt(200));
                out[i * 4 + 2] = 1_000 + rnd.nextInt(-40, 41);
                out[i * 4 + 3] = rnd.nextInt(1, 100);
            }
            return out;
        }

        private void replay(OrderBook b, long[] c) {
            for (int i = 0; i < c.length; i += 4) {
                long id = c[i + 1];
                long price = c[i + 2];
                Side side = (id & 1) == 0 ? Side.BUY : Side.SELL;
                switch ((int) c[i]) {
                    case 0 -> b.place(id, (int) (id % 97), side, side == Side.BUY ? price - 41 : price + 41, c[i + 3],
                            TimeInForce.GTC);
                    case 1 -> b.cancel(id);
                    default -> b.place(id, (int) (id % 97), side, price, c[i + 3] * 5, TimeInForce.IOC);
                }
            }
        }
    }

    @Test
    void sameCommandsGiveSameEvents() {
        List<Event> first = runScript();
        List<Event> second = runScript();
        assertEquals(first, second);
        assertTrue(first.size() > 100);
    }

    private List<Event> runScript() {
        RecordingListener l = new RecordingListener();
        OrderBook b = new OrderBook(PricingRule.MIDPOINT, SelfTradePolicy.CANCEL_RESTING, l);
        SplittableRandom rnd = new SplittableRandom(42);
        for (int i = 0; i < 2_000; i++) {
            b.place(i, rnd.nextInt(5), rnd.nextBoolean() ? Side.BUY : Side.SELL, rnd.nextInt(90, 110),
                    rnd.nextInt(1, 10), TimeInForce.GTC);
        }
        return l.drain();
    }
}

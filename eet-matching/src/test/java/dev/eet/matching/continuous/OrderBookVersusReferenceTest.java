package dev.eet.matching.continuous;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.eet.api.model.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

/**
 * Differential test: the optimised {@link OrderBook} and the {@link NaiveOrderBook} reference replay the same
 * seeded random commands (places of every kind, cancels, amends, duplicates, invalid commands) and must return
 * the same status and emit the same events for every command, show the same best prices and size after every
 * command, and hold exactly the same resting orders (same priority order) at checkpoints and at the end.
 * 100,000 commands per pricing/self-trade combination (400,000 in all); 10x more with {@code -Plong}.
 */
class OrderBookVersusReferenceTest {

    private static final int COMMANDS = Boolean.getBoolean("eet.long") ? 1_000_000 : 100_000;
    private static final int CHECKPOINT = 50;

    static Stream<Arguments> configurations() {
        List<Arguments> out = new ArrayList<>();
        long seed = 20261121L;
        for (PricingRule p : PricingRule.values()) {
            for (SelfTradePolicy s : SelfTradePolicy.values()) {
                out.add(Arguments.of(p, s, seed++));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} seed {2}")
    @MethodSource("configurations")
    void sameTradesAndSameBookOnRandomCommands(PricingRule pricing, SelfTradePolicy selfTrade, long seed) {
        RecordingListener fastEvents = new RecordingListener();
        RecordingListener naiveEvents = new RecordingListener();
        OrderBook fast = new OrderBook(pricing, selfTrade, fastEvents, 16); // small: exercise growth
        NaiveOrderBook naive = new NaiveOrderBook(pricing, selfTrade, naiveEvents);
        SplittableRandom rnd = new SplittableRandom(seed);
        long nextId = 1;
        long mid = 5_000;
        long trades = 0;
        int deepest = 0;
        for (int c = 0; c < COMMANDS; c++) {
            mid = Math.max(100, mid + rnd.nextInt(-3, 4));
            int kind = rnd.nextInt(100);
            CommandStatus a;
            CommandStatus b;
            String what;
            if (kind < 52) {
                // limit order around the mid: most rest, some cross
                Side side = rnd.nextBoolean() ? Side.BUY : Side.SELL;
                long price = price(rnd, mid, side);
                long qty = quantity(rnd);
                int participant = rnd.nextInt(8);
                TimeInForce tif = rnd.nextInt(10) == 0 ? TimeInForce.IOC : TimeInForce.GTC;
                long id = nextId++;
                what = "place " + id + " p" + participant + " " + side + " " + qty + "@" + price + " " + tif;
                a = fast.place(id, participant, side, price, qty, tif);
                b = naive.place(id, participant, side, price, qty, tif);
            } else if (kind < 57) {
                Side side = rnd.nextBoolean() ? Side.BUY : Side.SELL;
                long qty = quantity(rnd) * 3;
                int participant = rnd.nextInt(8);
                long id = nextId++;
                what = "market " + id + " p" + participant + " " + side + " " + qty;
                a = fast.placeMarket(id, participant, side, qty);
                b = naive.placeMarket(id, participant, side, qty);
            } else if (kind < 80) {
                long id = target(rnd, naive, nextId);
                what = "cancel " + id;
                a = fast.cancel(id);
                b = naive.cancel(id);
            } else if (kind < 97) {
                long id = target(rnd, naive, nextId);
                NaiveOrderBook.Resting r = naive.find(id);
                long oldPrice = r == null ? mid : r.price;
                long oldQty = r == null ? 1_000 : r.quantity;
                long newPrice;
                long newQty;
                switch (rnd.nextInt(4)) {
                    case 0 -> { // reduce, keeps priority
                        newPrice = oldPrice;
                        newQty = Math.max(1, oldQty - rnd.nextLong(0, oldQty));
                    }
                    case 1 -> { // increase, loses priority
                        newPrice = oldPrice;
                        newQty = oldQty + rnd.nextLong(1, 5_000);
                    }
                    case 2 -> { // move the price, may cross
                        newPrice = Math.max(0, oldPrice + rnd.nextInt(-20, 21));
                        newQty = oldQty;
                    }
                    default -> {
                        newPrice = Math.max(0, oldPrice + rnd.nextInt(-5, 6));
                        newQty = quantity(rnd);
                    }
                }
                what = "amend " + id + " " + newQty + "@" + newPrice;
                a = fast.amend(id, newPrice, newQty);
                b = naive.amend(id, newPrice, newQty);
            } else if (kind < 99) {
                // duplicate of a resting id (rejected) or a reused id of a finished order (accepted)
                long id = target(rnd, naive, nextId);
                Side side = rnd.nextBoolean() ? Side.BUY : Side.SELL;
                long price = price(rnd, mid, side);
                what = "place-again " + id + " " + side + " @" + price;
                a = fast.place(id, 3, side, price, 1_000, TimeInForce.GTC);
                b = naive.place(id, 3, side, price, 1_000, TimeInForce.GTC);
            } else {
                long id = nextId++;
                boolean badQty = rnd.nextBoolean();
                long qty = badQty ? -rnd.nextLong(0, 5) : 1_000;
                long price = badQty ? mid : -1 - rnd.nextLong(0, 5);
                what = "invalid " + id + " " + qty + "@" + price;
                a = fast.place(id, 1, Side.BUY, price, qty, TimeInForce.GTC);
                b = naive.place(id, 1, Side.BUY, price, qty, TimeInForce.GTC);
            }
            String at = "command " + c + " (" + what + ")";
            assertEquals(b, a, at + ": status");
            List<RecordingListener.Event> expected = naiveEvents.drain();
            assertEquals(expected, fastEvents.drain(), at + ": events");
            for (RecordingListener.Event e : expected) {
                if (e instanceof RecordingListener.TradeEvent) {
                    trades++;
                }
            }
            assertEquals(naive.bestBid(), fast.bestBid(), at + ": best bid");
            assertEquals(naive.bestAsk(), fast.bestAsk(), at + ": best ask");
            assertEquals(naive.size(), fast.size(), at + ": resting orders");
            if (fast.bestBid() != OrderBook.NO_PRICE && fast.bestAsk() != OrderBook.NO_PRICE) {
                assertTrue(fast.bestBid() < fast.bestAsk(), at + ": crossed book");
            }
            deepest = Math.max(deepest, fast.size());
            if (c % CHECKPOINT == 0 || c == COMMANDS - 1) {
                assertSameBook(naive, fast, at);
            }
        }
        assertTrue(trades > COMMANDS / 10, "the command mix must trade a lot, traded " + trades);
        assertTrue(deepest >= 50, "the book must get deep enough to test priority, deepest " + deepest);
        System.out.println("continuous book vs reference, " + pricing + "/" + selfTrade + ": " + COMMANDS
                + " commands, " + trades + " trades, deepest book " + deepest + " orders");
    }

    private static long price(SplittableRandom rnd, long mid, Side side) {
        int offset = rnd.nextInt(-4, 25); // mostly passive, sometimes crossing
        return side == Side.BUY ? mid - offset : mid + offset;
    }

    private static long quantity(SplittableRandom rnd) {
        return rnd.nextInt(1, 1_000) * 1_000L;
    }

    /** A resting order's id most of the time, otherwise any id ever used (often finished) or a fresh one. */
    private static long target(SplittableRandom rnd, NaiveOrderBook naive, long nextId) {
        int resting = naive.size();
        if (resting > 0 && rnd.nextInt(10) < 8) {
            int i = rnd.nextInt(resting);
            List<NaiveOrderBook.Resting> bids = naive.side(Side.BUY);
            return i < bids.size() ? bids.get(i).id : naive.side(Side.SELL).get(i - bids.size()).id;
        }
        return rnd.nextLong(1, nextId + 2);
    }

    static void assertSameBook(NaiveOrderBook naive, OrderBook fast, String at) {
        for (Side side : Side.values()) {
            List<String> expected = new ArrayList<>();
            for (NaiveOrderBook.Resting r : naive.side(side)) {
                expected.add(r.id + "/p" + r.participant + "/" + r.buy + "/" + r.price + "/" + r.quantity);
            }
            List<String> actual = new ArrayList<>();
            fast.forEachResting(side, (id, participant, buy, price, quantity) ->
                    actual.add(id + "/p" + participant + "/" + buy + "/" + price + "/" + quantity));
            if (!expected.equals(actual)) {
                fail(at + ": " + side + " side differs\nexpected " + expected + "\nactual   " + actual);
            }
            for (NaiveOrderBook.Resting r : naive.side(side)) {
                assertEquals(r.quantity, fast.openQuantity(r.id), at + ": open quantity of " + r.id);
            }
        }
    }
}

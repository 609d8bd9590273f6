package dev.eet.matching.continuous.bench;

import dev.eet.api.model.Side;
import dev.eet.matching.continuous.BookListener;
import dev.eet.matching.continuous.OrderBook;
import dev.eet.matching.continuous.PricingRule;
import dev.eet.matching.continuous.SelfTradePolicy;
import dev.eet.matching.continuous.TimeInForce;
import java.util.SplittableRandom;

/**
 * A seeded, generated stream of order-book commands in primitive arrays: 60% limit orders placed around a
 * random-walk mid price (mostly passive, a few crossing), 30% cancels of resting orders, 10% aggressive
 * immediate-or-cancel orders priced through the opposite best. Cancel targets are chosen among the orders that
 * are really resting at that point (found by running the stream through an {@link OrderBook} while generating).
 * The stream ends with cancels of every order still resting, so replaying it leaves the book empty and it can be
 * replayed again and again from the start. Every order has its own participant, so self-trade prevention never
 * applies and every engine does the same work.
 */
final class CommandStream {
    static final byte PLACE = 0;
    static final byte CANCEL = 1;
    static final byte AGGRESSIVE = 2;

    final byte[] type;
    final long[] id;
    final boolean[] buy;
    final long[] price;
    final long[] size;
    final int length;
    /** Commands of the random part (before the closing cancels). */
    final int generated;
    final int deepestBook;
    final long averageBook;

    private CommandStream(int capacity) {
        type = new byte[capacity];
        id = new long[capacity];
        buy = new boolean[capacity];
        price = new long[capacity];
        size = new long[capacity];
        length = 0;
        generated = 0;
        deepestBook = 0;
        averageBook = 0;
    }

    private CommandStream(CommandStream raw, int length, int generated, int deepest, long average) {
        type = raw.type;
        id = raw.id;
        buy = raw.buy;
        price = raw.price;
        size = raw.size;
        this.length = length;
        this.generated = generated;
        this.deepestBook = deepest;
        this.averageBook = average;
    }

    /**
     * @param commands the number of random commands (closing cancels come on top)
     * @param seed the random seed
     * @param aggressiveMaxLots the largest aggressive order (resting orders are 1..100 lots): larger values
     *                          keep the book thin, smaller ones let it grow deep
     * @return the stream
     */
    static CommandStream generate(int commands, long seed, int aggressiveMaxLots) {
        SplittableRandom rnd = new SplittableRandom(seed);
        OrderBook book = new OrderBook(PricingRule.RESTING, SelfTradePolicy.CANCEL_RESTING, BookListener.NONE,
                commands / 4);
        CommandStream s = new CommandStream(commands * 2);
        long[] alive = new long[commands + 1];
        int aliveCount = 0;
        long nextId = 1;
        long mid = 100_000;
        int n = 0;
        int deepest = 0;
        long sumBook = 0;
        for (int c = 0; c < commands; c++) {
            mid += rnd.nextInt(-2, 3);
            int roll = rnd.nextInt(100);
            if (roll >= 60 && roll < 90) {
                // cancel a resting order; drop ids that have been filled meanwhile
                long target = 0;
                while (aliveCount > 0) {
                    int i = rnd.nextInt(aliveCount);
                    long candidate = alive[i];
                    alive[i] = alive[--aliveCount];
                    if (book.openQuantity(candidate) > 0) {
                        target = candidate;
                        break;
                    }
                }
                if (target != 0) {
                    s.type[n] = CANCEL;
                    s.id[n] = target;
                    book.cancel(target);
                    n++;
                    sumBook += book.size();
                    continue;
                }
                roll = 0; // nothing to cancel: place instead
            }
            long orderId = nextId++;
            boolean isBuy = rnd.nextBoolean();
            long qty = rnd.nextInt(1, 101);
            long limit;
            byte kind;
            if (roll < 60) {
                kind = PLACE;
                int offset = rnd.nextInt(100) < 5 ? -rnd.nextInt(0, 4) : rnd.nextInt(1, 30);
                limit = isBuy ? mid - offset : mid + offset;
            } else {
                kind = AGGRESSIVE;
                long best = isBuy ? book.bestAsk() : book.bestBid();
                long ref = best == OrderBook.NO_PRICE ? mid : best;
                limit = isBuy ? ref + 5 : Math.max(0, ref - 5);
                qty = rnd.nextInt(1, aggressiveMaxLots + 1);
            }
            s.type[n] = kind;
            s.id[n] = orderId;
            s.buy[n] = isBuy;
            s.price[n] = limit;
            s.size[n] = qty;
            book.place(orderId, (int) orderId, isBuy ? Side.BUY : Side.SELL, limit, qty,
                    kind == PLACE ? TimeInForce.GTC : TimeInForce.IOC);
            if (kind == PLACE && book.openQuantity(orderId) > 0) {
                alive[aliveCount++] = orderId;
            }
            n++;
            deepest = Math.max(deepest, book.size());
            sumBook += book.size();
        }
        int generated = n;
        long average = sumBook / Math.max(1, generated);
        for (int i = 0; i < aliveCount; i++) {
            if (book.openQuantity(alive[i]) > 0) {
                s.type[n] = CANCEL;
                s.id[n] = alive[i];
                book.cancel(alive[i]);
                n++;
            }
        }
        if (book.size() != 0) {
            throw new IllegalStateException("stream generator left " + book.size() + " orders resting");
        }
        return new CommandStream(s, n, generated, deepest, average);
    }

    @Override
    public String toString() {
        int[] counts = new int[3];
        for (int i = 0; i < generated; i++) {
            counts[type[i]]++;
        }
        return length + " commands (" + generated + " random: " + counts[PLACE] + " place, " + counts[CANCEL]
                + " cancel, " + counts[AGGRESSIVE] + " aggressive IOC; then " + (length - generated)
                + " closing cancels); book depth average " + averageBook + ", max " + deepestBook + " orders";
    }
}

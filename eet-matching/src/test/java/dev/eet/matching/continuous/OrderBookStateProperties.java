package dev.eet.matching.continuous;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.model.Side;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Stateful properties of the {@link OrderBook}: random chains of place (GTC, IOC, market), cancel and amend
 * commands, under every pricing rule and self-trade policy. After every action:
 * <ul>
 *   <li>the book is never crossed (best bid &lt; best ask when both exist);</li>
 *   <li>quantity is conserved per order: entered (placed, adjusted by amendments) = traded + cancelled + open;</li>
 *   <li>the sides' depths equal the sum of open quantities;</li>
 *   <li>every trade so far was positive, priced within both limits, and between different participants.</li>
 * </ul>
 */
class OrderBookStateProperties {

    @Property(tries = 300)
    void neverCrossedAndQuantityConserved(@ForAll("chains") ActionChain<BookModel> chain) {
        chain.withInvariant("never crossed", BookModel::assertUncrossed)
                .withInvariant("quantity conserved", BookModel::assertConserved)
                .withInvariant("trades valid", BookModel::assertTradesValid)
                .run();
    }

    @Provide
    Arbitrary<ActionChain<BookModel>> chains() {
        return Arbitraries.of(PricingRule.values()).flatMap(pricing ->
                Arbitraries.of(SelfTradePolicy.values()).flatMap(policy ->
                        ActionChain.<BookModel>startWith(() -> new BookModel(pricing, policy))
                                .withAction(5, new PlaceAction())
                                .withAction(1, new MarketAction())
                                .withAction(2, new CancelAction())
                                .withAction(2, new AmendAction())
                                .withAction(1, new CancelUnknownAction())
                                .withMaxTransformations(80)));
    }

    /** The book under test plus a ledger of what every order should add up to. */
    static final class BookModel implements BookListener {
        final OrderBook book;
        private final String config;
        private final Map<Long, Long> entered = new HashMap<>();
        private final Map<Long, Long> traded = new HashMap<>();
        private final Map<Long, Long> cancelled = new HashMap<>();
        private final Map<Long, Long> limit = new HashMap<>();
        private final Map<Long, Integer> owner = new HashMap<>();
        private final List<String> tradeViolations = new ArrayList<>();
        private long nextId = 1;

        BookModel(PricingRule pricing, SelfTradePolicy policy) {
            this.book = new OrderBook(pricing, policy, this, 4);
            this.config = pricing + "/" + policy;
        }

        void place(Side side, long price, long qty, int participant, TimeInForce tif) {
            long id = nextId++;
            record(id, side, price, participant, qty);
            assertEquals(CommandStatus.ACCEPTED, book.place(id, participant, side, price, qty, tif));
        }

        void market(Side side, long qty, int participant) {
            long id = nextId++;
            record(id, side, side == Side.BUY ? Long.MAX_VALUE : 0, participant, qty);
            assertEquals(CommandStatus.ACCEPTED, book.placeMarket(id, participant, side, qty));
        }

        private void record(long id, Side side, long price, int participant, long qty) {
            entered.put(id, qty);
            limit.put(id, price);
            owner.put(id, participant);
        }

        void cancel(long id) {
            boolean resting = book.openQuantity(id) > 0;
            CommandStatus s = book.cancel(id);
            assertEquals(resting ? CommandStatus.ACCEPTED : CommandStatus.REJECTED_UNKNOWN_ORDER, s);
            assertEquals(0, book.openQuantity(id));
        }

        void amend(long id, long newPrice, long newQty) {
            long open = book.openQuantity(id);
            entered.merge(id, newQty - open, Long::sum);
            limit.put(id, newPrice); // before the call: a re-entering order may trade at once
            assertEquals(CommandStatus.ACCEPTED, book.amend(id, newPrice, newQty));
        }

        List<Long> restingIds() {
            List<Long> ids = new ArrayList<>();
            for (Side side : Side.values()) {
                book.forEachResting(side, (id, p, buy, price, qty) -> ids.add(id));
            }
            return ids;
        }

        long lastId() {
            return nextId;
        }

        @Override
        public void onTrade(long incomingOrderId, long restingOrderId, boolean incomingBuys, long price, long qty) {
            traded.merge(incomingOrderId, qty, Long::sum);
            traded.merge(restingOrderId, qty, Long::sum);
            long buyLimit = limit.get(incomingBuys ? incomingOrderId : restingOrderId);
            long sellLimit = limit.get(incomingBuys ? restingOrderId : incomingOrderId);
            if (qty <= 0) {
                tradeViolations.add("non-positive trade " + qty);
            }
            if (price > buyLimit || price < sellLimit) {
                tradeViolations.add("trade at " + price + " outside [" + sellLimit + ", " + buyLimit + "]");
            }
            if (owner.get(incomingOrderId).equals(owner.get(restingOrderId))) {
                tradeViolations.add("self-trade between " + incomingOrderId + " and " + restingOrderId);
            }
        }

        @Override
        public void onCancel(long orderId, long qty, CancelReason reason) {
            assertTrue(qty > 0, "cancelled quantity must be positive");
            cancelled.merge(orderId, qty, Long::sum);
        }

        void assertUncrossed() {
            long bid = book.bestBid();
            long ask = book.bestAsk();
            if (bid != OrderBook.NO_PRICE && ask != OrderBook.NO_PRICE) {
                assertTrue(bid < ask, config + ": crossed book, best bid " + bid + " >= best ask " + ask);
            }
        }

        void assertConserved() {
            long open = 0;
            for (Map.Entry<Long, Long> e : entered.entrySet()) {
                long id = e.getKey();
                long resting = book.openQuantity(id);
                open += resting;
                long accounted = traded.getOrDefault(id, 0L) + cancelled.getOrDefault(id, 0L) + resting;
                assertEquals(e.getValue(), accounted, config + ": order " + id
                        + " entered != traded + cancelled + open");
            }
            assertEquals(open, book.depth(Side.BUY) + book.depth(Side.SELL), config + ": depth");
            assertEquals(restingIds().size(), book.size(), config + ": size");
        }

        void assertTradesValid() {
            assertTrue(tradeViolations.isEmpty(), config + ": " + tradeViolations);
        }

        @Override
        public String toString() {
            return config + " book of " + book.size() + " orders";
        }
    }

    private static Arbitrary<Side> sides() {
        return Arbitraries.of(Side.class);
    }

    private static Arbitrary<Long> prices() {
        return Arbitraries.longs().between(95, 105);
    }

    private static Arbitrary<Long> quantities() {
        return Arbitraries.longs().between(1, 20);
    }

    private static Arbitrary<Integer> participants() {
        return Arbitraries.integers().between(0, 3);
    }

    static final class PlaceAction implements Action.Independent<BookModel> {
        @Override
        public Arbitrary<Transformer<BookModel>> transformer() {
            return Combinators.combine(sides(), prices(), quantities(), participants(),
                    Arbitraries.of(TimeInForce.class)).as((side, price, qty, who, tif) ->
                    Transformer.mutate("place p" + who + " " + side + " " + qty + "@" + price + " " + tif,
                            m -> m.place(side, price, qty, who, tif)));
        }
    }

    static final class MarketAction implements Action.Independent<BookModel> {
        @Override
        public Arbitrary<Transformer<BookModel>> transformer() {
            return Combinators.combine(sides(), quantities(), participants()).as((side, qty, who) ->
                    Transformer.mutate("market p" + who + " " + side + " " + qty, m -> m.market(side, qty, who)));
        }
    }

    static final class CancelAction implements Action.Dependent<BookModel> {
        @Override
        public boolean precondition(BookModel m) {
            return m.book.size() > 0;
        }

        @Override
        public Arbitrary<Transformer<BookModel>> transformer(BookModel m) {
            return Arbitraries.of(m.restingIds()).map(id -> Transformer.mutate("cancel " + id, x -> x.cancel(id)));
        }
    }

    static final class CancelUnknownAction implements Action.Dependent<BookModel> {
        @Override
        public Arbitrary<Transformer<BookModel>> transformer(BookModel m) {
            return Arbitraries.longs().between(1, m.lastId() + 1)
                    .map(id -> Transformer.mutate("cancel-any " + id, x -> x.cancel(id)));
        }
    }

    static final class AmendAction implements Action.Dependent<BookModel> {
        @Override
        public boolean precondition(BookModel m) {
            return m.book.size() > 0;
        }

        @Override
        public Arbitrary<Transformer<BookModel>> transformer(BookModel m) {
            return Combinators.combine(Arbitraries.of(m.restingIds()), prices(), quantities()).as((id, price, qty) ->
                    Transformer.mutate("amend " + id + " " + qty + "@" + price, x -> x.amend(id, price, qty)));
        }
    }
}

package dev.eet.matching.continuous.bench;

import exchange.core2.collections.objpool.ObjectsPool;
import exchange.core2.core.common.CoreSymbolSpecification;
import exchange.core2.core.common.MatcherEventType;
import exchange.core2.core.common.MatcherTradeEvent;
import exchange.core2.core.common.OrderAction;
import exchange.core2.core.common.OrderType;
import exchange.core2.core.common.SymbolType;
import exchange.core2.core.common.cmd.OrderCommand;
import exchange.core2.core.common.cmd.OrderCommandType;
import exchange.core2.core.common.config.LoggingConfiguration;
import exchange.core2.core.orderbook.IOrderBook;
import exchange.core2.core.orderbook.OrderBookDirectImpl;
import exchange.core2.core.orderbook.OrderBookEventsHelper;
import exchange.core2.core.orderbook.OrderBookNaiveImpl;
import java.util.HashMap;
import java.util.Map;

/**
 * exchange-core 0.5.3's order book used directly, matching only: no ring buffer, risk engine, journaling or
 * serialisation. One reused {@link OrderCommand} carries each command (as exchange-core's own pipeline does);
 * after each command the trade events it produced are walked and totalled, as our listener does.
 */
final class ExchangeCoreEngine implements Engine {
    private final CommandStream s;
    private final IOrderBook book;
    private final OrderCommand cmd = new OrderCommand();
    private long traded;
    private long trades;
    private long notional;

    ExchangeCoreEngine(CommandStream s, boolean direct) {
        this.s = s;
        CoreSymbolSpecification spec = CoreSymbolSpecification.builder()
                .symbolId(1)
                .type(SymbolType.CURRENCY_EXCHANGE_PAIR)
                .baseCurrency(1)
                .quoteCurrency(2)
                .baseScaleK(1)
                .quoteScaleK(1)
                .takerFee(0)
                .makerFee(0)
                .build();
        // pool sizes as in exchange-core's production configuration
        Map<Integer, Integer> pools = new HashMap<>();
        pools.put(ObjectsPool.DIRECT_ORDER, 1024 * 1024);
        pools.put(ObjectsPool.DIRECT_BUCKET, 1024 * 64);
        pools.put(ObjectsPool.ART_NODE_4, 1024 * 32);
        pools.put(ObjectsPool.ART_NODE_16, 1024 * 16);
        pools.put(ObjectsPool.ART_NODE_48, 1024 * 8);
        pools.put(ObjectsPool.ART_NODE_256, 1024 * 4);
        ObjectsPool pool = new ObjectsPool(pools);
        this.book = direct
                ? new OrderBookDirectImpl(spec, pool, OrderBookEventsHelper.NON_POOLED_EVENTS_HELPER,
                LoggingConfiguration.DEFAULT)
                : new OrderBookNaiveImpl(spec, pool, OrderBookEventsHelper.NON_POOLED_EVENTS_HELPER,
                LoggingConfiguration.DEFAULT);
        cmd.symbol = 1;
    }

    @Override
    public long apply(int i) {
        OrderCommand c = cmd;
        long id = s.id[i];
        c.matcherEvent = null;
        c.orderId = id;
        c.uid = id;
        byte type = s.type[i];
        if (type == CommandStream.CANCEL) {
            c.command = OrderCommandType.CANCEL_ORDER;
            book.cancelOrder(c);
        } else {
            c.command = OrderCommandType.PLACE_ORDER;
            c.action = s.buy[i] ? OrderAction.BID : OrderAction.ASK;
            c.orderType = type == CommandStream.PLACE ? OrderType.GTC : OrderType.IOC;
            c.price = s.price[i];
            c.reserveBidPrice = s.price[i];
            c.size = s.size[i];
            book.newOrder(c);
        }
        for (MatcherTradeEvent e = c.matcherEvent; e != null; e = e.nextEvent) {
            if (e.eventType == MatcherEventType.TRADE) {
                traded += e.size;
                notional += e.price * e.size;
                trades++;
            }
        }
        return traded;
    }

    @Override
    public long traded() {
        return traded;
    }

    @Override
    public long trades() {
        return trades;
    }

    @Override
    public int resting() {
        return book.getOrdersNum(OrderAction.ASK) + book.getOrdersNum(OrderAction.BID);
    }

    long notional() {
        return notional;
    }
}

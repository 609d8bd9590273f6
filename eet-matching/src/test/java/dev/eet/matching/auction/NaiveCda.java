package dev.eet.matching.auction;

import dev.eet.api.matching.OrderBatch;
import dev.eet.api.model.Order;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * matching.md section 1 written as plainly as possible, for tests only: object lists sorted with comparators,
 * nested loops, {@link BigDecimal} arithmetic. The optimised {@link CdaMatcher} must make exactly the same trades.
 */
final class NaiveCda {
    private static final Comparator<Order> SELLERS = Comparator.comparing(Order::limit)
            .thenComparingLong(Order::time).thenComparing(Order::id);
    private static final Comparator<Order> BUYERS = Comparator.comparing(Order::limit, Comparator.reverseOrder())
            .thenComparingLong(Order::time).thenComparing(Order::id);

    private NaiveCda() {
    }

    static List<Trade> trades(List<Order> orders, BigDecimal beta) {
        List<Order> valid = OrderBatch.of(orders).valid();
        List<Order> sellers = new ArrayList<>(valid.stream().filter(o -> o.side() == Side.SELL).toList());
        List<Order> buyers = new ArrayList<>(valid.stream().filter(o -> o.side() == Side.BUY).toList());
        sellers.sort(SELLERS);
        buyers.sort(BUYERS);
        Map<Order, BigDecimal> left = new HashMap<>();
        valid.forEach(o -> left.put(o, o.quantity().toKwh()));
        List<Trade> trades = new ArrayList<>();
        BigDecimal askMax = null;
        BigDecimal bidMin = null;
        outer:
        for (Order s : sellers) {
            for (Order b : buyers) {
                if (left.get(s).signum() == 0) {
                    continue outer;
                }
                if (b.limit().compareTo(s.limit()) < 0) {
                    continue outer;
                }
                if (left.get(b).signum() == 0 || b.participant().equals(s.participant())) {
                    continue;
                }
                BigDecimal q = left.get(s).min(left.get(b));
                BigDecimal price = half(s.limit().toDecimal().add(b.limit().toDecimal()));
                trades.add(trade(s, b, q, price, 1));
                left.merge(s, q.negate(), BigDecimal::add);
                left.merge(b, q.negate(), BigDecimal::add);
                askMax = askMax == null ? s.limit().toDecimal() : askMax.max(s.limit().toDecimal());
                bidMin = bidMin == null ? b.limit().toDecimal() : bidMin.min(b.limit().toDecimal());
            }
        }
        List<Order> openSellers = sellers.stream().filter(o -> left.get(o).signum() > 0).toList();
        List<Order> openBuyers = buyers.stream().filter(o -> left.get(o).signum() > 0).toList();
        if (openSellers.isEmpty() || openBuyers.isEmpty()) {
            return trades;
        }
        if (askMax == null) {
            askMax = openSellers.get(0).limit().toDecimal();
            bidMin = openBuyers.get(0).limit().toDecimal();
        }
        for (Order s : openSellers) {
            BigDecimal p = s.limit().toDecimal();
            BigDecimal ps = p.subtract(round(beta.multiply(p.subtract(askMax)))).max(s.reserve().toDecimal());
            for (Order b : openBuyers) {
                if (left.get(s).signum() == 0) {
                    break;
                }
                if (left.get(b).signum() == 0 || b.participant().equals(s.participant())) {
                    continue;
                }
                BigDecimal pi = b.limit().toDecimal();
                BigDecimal pb = pi.add(round(beta.multiply(bidMin.subtract(pi)))).min(b.reserve().toDecimal());
                if (ps.compareTo(b.reserve().toDecimal()) <= 0 && pb.compareTo(s.reserve().toDecimal()) >= 0) {
                    BigDecimal q = left.get(s).min(left.get(b));
                    trades.add(trade(s, b, q, half(ps.add(pb)), 2));
                    left.merge(s, q.negate(), BigDecimal::add);
                    left.merge(b, q.negate(), BigDecimal::add);
                }
            }
        }
        return trades;
    }

    private static BigDecimal half(BigDecimal sum) {
        return round(sum.divide(BigDecimal.valueOf(2)));
    }

    private static BigDecimal round(BigDecimal v) {
        return v.setScale(6, RoundingMode.HALF_EVEN);
    }

    private static Trade trade(Order s, Order b, BigDecimal q, BigDecimal price, int round) {
        return new Trade(s.id(), b.id(), s.participant(), b.participant(), Energy.ofKwh(q), Price.perKwh(price), round);
    }
}

package dev.eet.matching.auction;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.GridTariff;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.MultiTimescaleMatcher;
import dev.eet.api.matching.OrderRejection;
import dev.eet.api.matching.OrderRemainder;
import dev.eet.api.matching.Timescale;
import dev.eet.api.matching.TimescaleBook;
import dev.eet.api.matching.TimescaleResult;
import dev.eet.api.model.Order;
import dev.eet.api.model.OrderId;
import dev.eet.api.spi.Config;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The renewable-first double auction with multi-timescale clearing of [CloudEdge] (matching.md section 2), name
 * {@value #NAME}. One clearing is round 1 of the periodic auction with every renewable seller (WIND, SOLAR, HYDRO,
 * BIOMASS) ahead of every conventional one (any other or no declared type), each class by price ascending then
 * time; buyers by price descending then time; price the average of the two quotes; no round 2. When the renewable
 * class stops crossing, the conventional sellers walk against the buyers that are left (see
 * {@link DoubleAuction#renewableFirst(AuctionBook)}).
 *
 * <p>{@link #match(List)} is one timescale followed by the grid fallback. {@link #clear(List)} runs day-ahead,
 * intraday and real-time in turn: each stage clears the residual positions of the previous stage (same id,
 * prices and submission time, the open quantity) together with the orders newly submitted for it; only the last
 * given stage sends what is still open to the grid.
 *
 * <p>Parameters: {@code gridRetailPrice}, {@code gridFeedInPrice} (defaults {@link GridTariff#DEFAULT}).
 */
public final class RenewableFirstMatcher extends GridFallbackMatcher implements MultiTimescaleMatcher {
    /** The mechanism name. */
    public static final String NAME = "da-renewable-first";

    /** @param tariff the grid prices of the fallback */
    public RenewableFirstMatcher(GridTariff tariff) {
        super(NAME, tariff);
    }

    /** A matcher with the default tariff. */
    public RenewableFirstMatcher() {
        this(GridTariff.DEFAULT);
    }

    /**
     * @param config {@code gridRetailPrice}, {@code gridFeedInPrice}; nothing else
     * @return the configured matcher
     */
    public static RenewableFirstMatcher from(Config config) {
        return new RenewableFirstMatcher(GridTariff.from(params(config, NAME)));
    }

    @Override
    AuctionOutcome clearBook(AuctionBook book) {
        return DoubleAuction.renewableFirst(book);
    }

    @Override
    public List<TimescaleResult> clear(List<TimescaleBook> books) {
        for (int i = 1; i < books.size(); i++) {
            if (books.get(i).timescale().compareTo(books.get(i - 1).timescale()) <= 0) {
                throw new InvalidArgumentException("matcher " + NAME, "timescale", "stages must be in strictly "
                        + "increasing order DAY_AHEAD, INTRADAY, REAL_TIME; " + books.get(i).timescale()
                        + " follows " + books.get(i - 1).timescale());
            }
        }
        List<TimescaleResult> results = new ArrayList<>(books.size());
        Map<OrderId, Timescale> seen = new HashMap<>();
        List<Order> carried = List.of();
        for (int stage = 0; stage < books.size(); stage++) {
            TimescaleBook book = books.get(stage);
            List<Order> input = new ArrayList<>(carried);
            List<OrderRejection> rejections = new ArrayList<>();
            for (Order o : book.orders()) {
                Timescale earlier = seen.get(o.id());
                if (earlier != null && earlier != book.timescale()) {
                    rejections.add(new OrderRejection(o.id(), "id", "duplicate order id (already submitted for "
                            + earlier + ")"));
                } else {
                    input.add(o);
                }
            }
            PreparedBatch batch = PreparedBatch.of(input);
            for (Order o : batch.batch.valid()) {
                seen.putIfAbsent(o.id(), book.timescale());
            }
            rejections.addAll(batch.batch.rejections());
            AuctionOutcome outcome = clearBook(batch.book);
            boolean last = stage == books.size() - 1;
            MatchResult r = last ? batch.withGridFallback(NAME, outcome, tariff()) : batch.withRemainders(NAME, outcome);
            results.add(new TimescaleResult(book.timescale(),
                    new MatchResult(NAME, r.trades(), r.gridTrades(), r.unmatched(), rejections)));
            if (!last) {
                Map<OrderId, Order> byId = new HashMap<>();
                batch.canonical.forEach(o -> byId.put(o.id(), o));
                List<Order> next = new ArrayList<>(r.unmatched().size());
                for (OrderRemainder rem : r.unmatched()) {
                    next.add(byId.get(rem.order()).withQuantity(rem.quantity()));
                }
                carried = next;
            }
        }
        return results;
    }
}

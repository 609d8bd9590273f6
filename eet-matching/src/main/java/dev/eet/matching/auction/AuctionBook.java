package dev.eet.matching.auction;

import dev.eet.api.model.Order;
import dev.eet.api.model.OrderId;
import dev.eet.api.model.ParticipantId;
import java.util.List;

/**
 * One batch of orders as primitive columns, the form the clearing algorithms work on: no object is touched and
 * nothing is allocated per order while clearing. Index {@code i} is the order's position in the batch's canonical
 * time order (submission time, then id), so a smaller index means earlier submission; the clearing uses the index
 * as the time tie-break. Prices are micro-units per kWh, quantities micro-kWh (the raw values of
 * {@link dev.eet.api.value.Price} and {@link dev.eet.api.value.Energy}).
 *
 * <p>Built from {@link Order}s with {@link #of(List)}, or directly from raw values with {@link #builder(int)} (used
 * by benchmarks and by callers that keep their book in primitive form already).
 */
public final class AuctionBook {
    final int size;
    final boolean[] sell;
    final long[] limit;
    final long[] reserve;
    final long[] quantity;
    final int[] participant;
    final boolean[] renewable;

    private AuctionBook(Builder b) {
        this.size = b.size;
        this.sell = b.sell;
        this.limit = b.limit;
        this.reserve = b.reserve;
        this.quantity = b.quantity;
        this.participant = b.participant;
        this.renewable = b.renewable;
    }

    /**
     * @param canonical valid orders with distinct ids, already in canonical (time, id) order
     * @return the book; order {@code i} of the list is index {@code i}
     */
    public static AuctionBook of(List<Order> canonical) {
        return of(canonical, new ParticipantNumbers(), null, null);
    }

    /**
     * @param canonical valid orders with distinct ids, already in canonical (time, id) order
     * @param numbers numbers the participants (and remembers them)
     * @param ids when not null, receives each order's id at its book index
     * @param participants when not null, receives each order's participant at its book index
     * @return the book; order {@code i} of the list is index {@code i}
     */
    static AuctionBook of(List<Order> canonical, ParticipantNumbers numbers, OrderId[] ids,
                          ParticipantId[] participants) {
        Builder b = builder(canonical.size());
        int i = 0;
        for (Order o : canonical) {
            boolean renewable = o.energyType().isPresent() && o.energyType().get().isRenewable();
            int participant = numbers.number(o.participant());
            b.add(!o.isBuy(), o.limit().microsPerKwh(), o.reserve().microsPerKwh(), o.quantity().microKwh(),
                    participant, renewable);
            if (ids != null) {
                ids[i] = o.id();
            }
            if (participants != null) {
                participants[i] = o.participant();
            }
            i++;
        }
        return b.build();
    }

    /**
     * @param capacity the number of orders that will be added
     * @return a builder for a book of raw values
     */
    public static Builder builder(int capacity) {
        return new Builder(capacity);
    }

    /** @return the number of orders */
    public int size() {
        return size;
    }

    /** Collects raw orders in canonical time order. */
    public static final class Builder {
        private int size;
        private final boolean[] sell;
        private final long[] limit;
        private final long[] reserve;
        private final long[] quantity;
        private final int[] participant;
        private final boolean[] renewable;

        private Builder(int capacity) {
            sell = new boolean[capacity];
            limit = new long[capacity];
            reserve = new long[capacity];
            quantity = new long[capacity];
            participant = new int[capacity];
            renewable = new boolean[capacity];
        }

        /**
         * Adds the next order (later in time than every order added before).
         *
         * @param isSell whether it sells
         * @param limitMicros limit price, micro-units per kWh, not negative
         * @param reserveMicros reserve price: at most the limit for a seller, at least the limit for a buyer
         * @param quantityMicroKwh positive quantity in micro-kWh
         * @param participantId a dense participant number; equal numbers never trade with each other
         * @param isRenewable whether the declared source is renewable (used by the renewable-first auction)
         * @return this builder
         * @throws IllegalArgumentException if the values break the order rules or the capacity is exceeded
         */
        public Builder add(boolean isSell, long limitMicros, long reserveMicros, long quantityMicroKwh,
                           int participantId, boolean isRenewable) {
            if (size == sell.length) {
                throw new IllegalArgumentException("auction book capacity " + sell.length + " exceeded");
            }
            if (quantityMicroKwh <= 0 || limitMicros < 0 || reserveMicros < 0
                    || (isSell ? reserveMicros > limitMicros : reserveMicros < limitMicros)) {
                throw new IllegalArgumentException("invalid raw order at index " + size);
            }
            sell[size] = isSell;
            limit[size] = limitMicros;
            reserve[size] = reserveMicros;
            quantity[size] = quantityMicroKwh;
            participant[size] = participantId;
            renewable[size] = isRenewable;
            size++;
            return this;
        }

        /** @return the book (this builder must not be used afterwards) */
        public AuctionBook build() {
            if (size != sell.length) {
                throw new IllegalStateException("auction book: " + size + " orders added, capacity " + sell.length);
            }
            return new AuctionBook(this);
        }
    }
}

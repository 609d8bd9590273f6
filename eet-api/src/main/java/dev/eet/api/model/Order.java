package dev.eet.api.model;

import dev.eet.api.spi.Config;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An offer to buy or sell energy for one delivery period. Immutable and valid by construction: the canonical
 * constructor throws {@link InvalidOrderException} naming the order and the field when
 * <ul>
 *   <li>the quantity is zero or negative ({@code quantityKwh}),</li>
 *   <li>the limit or reserve price is negative ({@code price}, {@code reservePrice}),</li>
 *   <li>the reserve is on the wrong side of the limit ({@code reservePrice}): a buyer's reserve (the highest
 *       price it will ever pay) must be {@code >=} its limit, a seller's (the lowest it will ever take)
 *       {@code <=} its limit.</li>
 * </ul>
 * Batch-level checks (duplicate ids, unknown participants) are made by
 * {@link dev.eet.api.matching.OrderBatch}.
 *
 * @param id unique id
 * @param participant who places it
 * @param side buy or sell
 * @param limit the limit price per kWh (round-1 quote)
 * @param reserve the worst price the participant will ever accept; equals {@code limit} when not given
 * @param quantity the energy wanted or offered, positive
 * @param time submission time (epoch milliseconds) or sequence number; only the order of values matters,
 *             earlier has priority at equal price
 * @param energyType the declared source, if any
 * @param location where the participant connects, if known
 * @param credit the participant's credit or reputation value, if known
 * @param preferences mechanism-specific preferences (weights, wanted energy type, acceptable loss...)
 */
public record Order(OrderId id, ParticipantId participant, Side side, Price limit, Price reserve, Energy quantity,
                    long time, Optional<EnergyType> energyType, Optional<Location> location,
                    Optional<BigDecimal> credit, Config preferences) {

    /** Validates the order; see the class documentation. */
    public Order {
        String oid = id == null ? "?" : id.value();
        if (id == null) {
            throw new InvalidOrderException(oid, "id", "is required");
        }
        if (participant == null) {
            throw new InvalidOrderException(oid, "participant", "is required");
        }
        if (side == null) {
            throw new InvalidOrderException(oid, "side", "is required (BUY or SELL)");
        }
        if (limit == null) {
            throw new InvalidOrderException(oid, "price", "is required");
        }
        if (quantity == null) {
            throw new InvalidOrderException(oid, "quantityKwh", "is required");
        }
        if (reserve == null) {
            reserve = limit;
        }
        if (!quantity.isPositive()) {
            throw new InvalidOrderException(oid, "quantityKwh", "must be positive, was " + quantity.toPlainString());
        }
        if (limit.signum() < 0) {
            throw new InvalidOrderException(oid, "price", "must not be negative, was " + limit.toPlainString());
        }
        if (reserve.signum() < 0) {
            throw new InvalidOrderException(oid, "reservePrice", "must not be negative, was " + reserve.toPlainString());
        }
        if (side == Side.BUY && reserve.compareTo(limit) < 0) {
            throw new InvalidOrderException(oid, "reservePrice", "a buyer's reserve (" + reserve.toPlainString()
                    + ") must not be below its limit price (" + limit.toPlainString() + ")");
        }
        if (side == Side.SELL && reserve.compareTo(limit) > 0) {
            throw new InvalidOrderException(oid, "reservePrice", "a seller's reserve (" + reserve.toPlainString()
                    + ") must not be above its limit price (" + limit.toPlainString() + ")");
        }
        energyType = Objects.requireNonNullElse(energyType, Optional.empty());
        location = Objects.requireNonNullElse(location, Optional.empty());
        credit = Objects.requireNonNullElse(credit, Optional.empty());
        preferences = Objects.requireNonNullElse(preferences, Config.empty());
    }

    /**
     * @param id order id
     * @param participant who places it
     * @param side buy or sell
     * @return a builder; set at least the limit price and the quantity
     */
    public static Builder builder(String id, String participant, Side side) {
        return new Builder(OrderId.of(id), ParticipantId.of(participant), side);
    }

    /** @return whether this is a buy order */
    public boolean isBuy() {
        return side == Side.BUY;
    }

    /**
     * @param newQuantity the quantity of the copy
     * @return a copy with another quantity (e.g. a residual position)
     */
    public Order withQuantity(Energy newQuantity) {
        return new Order(id, participant, side, limit, reserve, newQuantity, time, energyType, location, credit,
                preferences);
    }

    /** Builds an {@link Order}; validation happens in {@link #build()}. */
    public static final class Builder {
        private final OrderId id;
        private final ParticipantId participant;
        private final Side side;
        private Price limit;
        private Price reserve;
        private Energy quantity;
        private long time;
        private EnergyType energyType;
        private Location location;
        private BigDecimal credit;
        private Config preferences = Config.empty();

        private Builder(OrderId id, ParticipantId participant, Side side) {
            this.id = id;
            this.participant = participant;
            this.side = side;
        }

        /** @param perKwh limit price per kWh @return this builder */
        public Builder limit(String perKwh) {
            return limit(Price.perKwh(perKwh));
        }

        /** @param price limit price @return this builder */
        public Builder limit(Price price) {
            this.limit = price;
            return this;
        }

        /** @param perKwh reserve price per kWh @return this builder */
        public Builder reserve(String perKwh) {
            return reserve(Price.perKwh(perKwh));
        }

        /** @param price reserve price @return this builder */
        public Builder reserve(Price price) {
            this.reserve = price;
            return this;
        }

        /** @param kwh quantity in kWh @return this builder */
        public Builder quantity(String kwh) {
            return quantity(Energy.ofKwh(kwh));
        }

        /** @param energy quantity @return this builder */
        public Builder quantity(Energy energy) {
            this.quantity = energy;
            return this;
        }

        /** @param submissionTime time or sequence number @return this builder */
        public Builder time(long submissionTime) {
            this.time = submissionTime;
            return this;
        }

        /** @param type declared energy source @return this builder */
        public Builder energyType(EnergyType type) {
            this.energyType = type;
            return this;
        }

        /** @param where connection point @return this builder */
        public Builder location(Location where) {
            this.location = where;
            return this;
        }

        /** @param value credit or reputation value @return this builder */
        public Builder credit(BigDecimal value) {
            this.credit = value;
            return this;
        }

        /** @param prefs mechanism-specific preferences @return this builder */
        public Builder preferences(Config prefs) {
            this.preferences = prefs;
            return this;
        }

        /** @return the validated order @throws InvalidOrderException naming the field if invalid */
        public Order build() {
            return new Order(id, participant, side, limit, reserve, quantity, time, Optional.ofNullable(energyType),
                    Optional.ofNullable(location), Optional.ofNullable(credit), preferences);
        }
    }
}

package dev.eet.examples.node;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eet.api.InvalidArgumentException;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.OrderId;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.ReputationEvent;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Bytes;
import dev.eet.api.value.Energy;
import dev.eet.api.value.FixedPoint;
import dev.eet.api.value.Money;
import dev.eet.api.value.Price;
import dev.eet.examples.cli.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The payloads of the exchange's ledger transactions (JSON, UTF-8; decimals exact and plain). Every accepted
 * order, period close, match result, meter upload and settlement is one signed transaction of this kind; a node's
 * whole state follows from applying them in chain order ({@link ExchangeState}).
 *
 * <table>
 *   <caption>transaction types</caption>
 *   <tr><th>type</th><th>payload</th></tr>
 *   <tr><td>{@code order}</td><td>{@code {"order": {the eet match order object}}}</td></tr>
 *   <tr><td>{@code period-close}</td><td>{@code {"period": K}}</td></tr>
 *   <tr><td>{@code match-result}</td><td>{@code {"period", "mechanism", "trades": [{"sellOrder", "buyOrder",
 *       "seller", "buyer", "quantityKwh", "price", "round"}], "gridTrades": [{"order", "participant", "side",
 *       "quantityKwh", "price"}]}}</td></tr>
 *   <tr><td>{@code meter-upload}</td><td>{@code {"period", "participant", "energyKwh" (+ supplied, - consumed),
 *       "device"}}</td></tr>
 *   <tr><td>{@code settlement}</td><td>{@code {"period", "transfers": [{"from", "to", "amount", "reason"}],
 *       "reputation": [{"participant", "event"}]}}</td></tr>
 * </table>
 */
public sealed interface ExchangeTransaction {

    /** Compact writer: one canonical byte form per payload. */
    ObjectMapper COMPACT = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    /** @return the ledger transaction type */
    String type();

    /** @return the payload as JSON */
    ObjectNode toJson();

    /** @return the payload bytes (compact JSON) */
    default Bytes encode() {
        try {
            return Bytes.of(COMPACT.writeValueAsBytes(toJson()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + type(), e);
        }
    }

    /**
     * An order accepted by a node.
     *
     * @param order the order object as {@code eet match} reads it
     */
    record OrderSubmitted(ObjectNode order) implements ExchangeTransaction {
        /** Copies the object. */
        public OrderSubmitted {
            order = order.deepCopy();
        }

        @Override
        public String type() {
            return "order";
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode o = Json.object();
            o.set("order", order.deepCopy());
            return o;
        }
    }

    /**
     * Closes the chain's open trading period.
     *
     * @param period the period being closed
     */
    record PeriodClose(long period) implements ExchangeTransaction {
        @Override
        public String type() {
            return "period-close";
        }

        @Override
        public ObjectNode toJson() {
            return Json.object().put("period", period);
        }
    }

    /**
     * The matcher's result for a closed period (every node re-runs the matcher and ignores a mismatching one).
     *
     * @param period the period
     * @param mechanism the matcher name
     * @param trades peer trades in the order made
     * @param gridTrades grid trades in the order made
     */
    record MatchRecord(long period, String mechanism, List<Trade> trades, List<GridTrade> gridTrades)
            implements ExchangeTransaction {
        /** Copies the lists. */
        public MatchRecord {
            Objects.requireNonNull(mechanism, "mechanism");
            trades = List.copyOf(trades);
            gridTrades = List.copyOf(gridTrades);
        }

        @Override
        public String type() {
            return "match-result";
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode o = Json.object().put("period", period).put("mechanism", mechanism);
            ArrayNode ts = o.putArray("trades");
            for (Trade t : trades) {
                ts.add(trade(t));
            }
            ArrayNode gs = o.putArray("gridTrades");
            for (GridTrade g : gridTrades) {
                gs.add(gridTrade(g));
            }
            return o;
        }
    }

    /**
     * Metered energy of one participant for one period.
     *
     * @param period the period
     * @param participant the participant
     * @param energy signed energy: positive supplied, negative consumed
     * @param device the meter's device id (or {@code "api"})
     */
    record MeterUpload(long period, ParticipantId participant, Energy energy, String device)
            implements ExchangeTransaction {
        /** Checks for nulls. */
        public MeterUpload {
            Objects.requireNonNull(participant, "participant");
            Objects.requireNonNull(energy, "energy");
            Objects.requireNonNull(device, "device");
        }

        @Override
        public String type() {
            return "meter-upload";
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode o = Json.object().put("period", period).put("participant", participant.value());
            o.put("energyKwh", Json.exact(energy.toKwh()));
            return o.put("device", device);
        }
    }

    /**
     * The money movements and reputation events of one period's settlement.
     *
     * @param period the period
     * @param transfers the movements, posted as one batch
     * @param reputation the reputation events, in order
     */
    record SettlementRecord(long period, List<Transfer> transfers, List<ReputationEntry> reputation)
            implements ExchangeTransaction {
        /** Copies the lists. */
        public SettlementRecord {
            transfers = List.copyOf(transfers);
            reputation = List.copyOf(reputation);
        }

        @Override
        public String type() {
            return "settlement";
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode o = Json.object().put("period", period);
            ArrayNode ts = o.putArray("transfers");
            for (Transfer t : transfers) {
                ObjectNode j = ts.addObject().put("from", t.from().value()).put("to", t.to().value());
                j.put("amount", Json.exact(t.amount().toDecimal()));
                j.put("reason", t.reason());
            }
            ArrayNode rs = o.putArray("reputation");
            for (ReputationEntry r : reputation) {
                rs.addObject().put("participant", r.participant().value()).put("event", r.event().name());
            }
            return o;
        }
    }

    /**
     * One reputation event of a settlement.
     *
     * @param participant who
     * @param event what happened
     */
    record ReputationEntry(ParticipantId participant, ReputationEvent event) {
        /** Checks for nulls. */
        public ReputationEntry {
            Objects.requireNonNull(participant, "participant");
            Objects.requireNonNull(event, "event");
        }
    }

    /**
     * @param t a trade
     * @return its JSON form
     */
    static ObjectNode trade(Trade t) {
        ObjectNode j = Json.object().put("sellOrder", t.sellOrder().value()).put("buyOrder", t.buyOrder().value())
                .put("seller", t.seller().value()).put("buyer", t.buyer().value());
        j.put("quantityKwh", Json.exact(t.quantity().toKwh()));
        j.put("price", Json.exact(t.price().toDecimal()));
        return j.put("round", t.round());
    }

    /**
     * @param g a grid trade
     * @return its JSON form
     */
    static ObjectNode gridTrade(GridTrade g) {
        ObjectNode j = Json.object().put("order", g.order().value()).put("participant", g.participant().value())
                .put("side", g.side().name());
        j.put("quantityKwh", Json.exact(g.quantity().toKwh()));
        return j.put("price", Json.exact(g.price().toDecimal()));
    }

    /**
     * Decodes a payload; never trusts it (a faulty node may have signed garbage).
     *
     * @param type the ledger transaction type
     * @param payload the payload bytes
     * @return the transaction
     * @throws InvalidArgumentException naming the type and the field when the payload is malformed
     */
    static ExchangeTransaction decode(String type, Bytes payload) {
        String subject = "transaction " + type;
        JsonNode root;
        try {
            root = COMPACT.readTree(payload.toArray());
        } catch (IOException e) {
            throw new InvalidArgumentException(subject, "(payload)", "is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidArgumentException(subject, "(payload)", "must be a JSON object");
        }
        PayloadFields f = new PayloadFields(subject, root);
        return switch (type) {
            case "order" -> {
                JsonNode o = root.get("order");
                if (o == null || !o.isObject()) {
                    throw new InvalidArgumentException(subject, "order", "must be a JSON object");
                }
                yield new OrderSubmitted((ObjectNode) o);
            }
            case "period-close" -> new PeriodClose(f.period());
            case "match-result" -> {
                List<Trade> trades = new ArrayList<>();
                for (JsonNode t : f.array(root, "trades")) {
                    PayloadFields tf = new PayloadFields(subject + " trade", t);
                    trades.add(new Trade(OrderId.of(tf.text("sellOrder")), OrderId.of(tf.text("buyOrder")),
                            ParticipantId.of(tf.text("seller")), ParticipantId.of(tf.text("buyer")),
                            Energy.ofMicroKwh(tf.units("quantityKwh")), Price.ofMicros(tf.units("price")),
                            tf.integer("round")));
                }
                List<GridTrade> grid = new ArrayList<>();
                for (JsonNode g : f.array(root, "gridTrades")) {
                    PayloadFields gf = new PayloadFields(subject + " grid trade", g);
                    Side side;
                    try {
                        side = Side.valueOf(gf.text("side").toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new InvalidArgumentException(subject + " grid trade", "side", "must be BUY or SELL");
                    }
                    grid.add(new GridTrade(OrderId.of(gf.text("order")), ParticipantId.of(gf.text("participant")),
                            side, Energy.ofMicroKwh(gf.units("quantityKwh")), Price.ofMicros(gf.units("price"))));
                }
                yield new MatchRecord(f.period(), f.text("mechanism"), trades, grid);
            }
            case "meter-upload" -> new MeterUpload(f.period(), ParticipantId.of(f.text("participant")),
                    Energy.ofMicroKwh(f.units("energyKwh")), f.text("device"));
            case "settlement" -> {
                List<Transfer> transfers = new ArrayList<>();
                for (JsonNode t : f.array(root, "transfers")) {
                    PayloadFields tf = new PayloadFields(subject + " transfer", t);
                    transfers.add(new Transfer(AccountId.of(tf.text("from")), AccountId.of(tf.text("to")),
                            Money.ofMicros(tf.units("amount")), tf.text("reason")));
                }
                List<ReputationEntry> rep = new ArrayList<>();
                for (JsonNode r : f.array(root, "reputation")) {
                    PayloadFields rf = new PayloadFields(subject + " reputation", r);
                    ReputationEvent event;
                    try {
                        event = ReputationEvent.valueOf(rf.text("event"));
                    } catch (IllegalArgumentException e) {
                        throw new InvalidArgumentException(subject + " reputation", "event", "unknown event");
                    }
                    rep.add(new ReputationEntry(ParticipantId.of(rf.text("participant")), event));
                }
                yield new SettlementRecord(f.period(), transfers, rep);
            }
            default -> throw new InvalidArgumentException(subject, "type", "unknown transaction type");
        };
    }
}

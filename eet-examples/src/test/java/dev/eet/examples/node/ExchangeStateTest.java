package dev.eet.examples.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.matching.MatcherProvider;
import dev.eet.api.model.Order;
import dev.eet.api.model.OrderId;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.api.value.Bytes;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.api.value.Price;
import dev.eet.consensus.crypto.NodeKeys;
import dev.eet.consensus.ledger.Blocks;
import dev.eet.consensus.ledger.Transactions;
import dev.eet.examples.node.ExchangeState.Phase;
import dev.eet.examples.node.ExchangeTransaction.MatchRecord;
import dev.eet.examples.node.ExchangeTransaction.MeterUpload;
import dev.eet.examples.node.ExchangeTransaction.OrderSubmitted;
import dev.eet.examples.node.ExchangeTransaction.PeriodClose;
import dev.eet.examples.node.ExchangeTransaction.SettlementRecord;
import dev.eet.settlement.compensation.GridPriceGapCompensationRule;
import dev.eet.settlement.reputation.BoundedReputationRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chain-derived state machine on hand-made blocks: the rules, ignored transactions and determinism. */
class ExchangeStateTest {
    private final NodeKeys n1 = NodeKeys.derive(NodeId.of("node1"), 1);
    private final NodeKeys n2 = NodeKeys.derive(NodeId.of("node2"), 1);
    private final List<Block> chain = new ArrayList<>();
    private long nonce;

    private ExchangeState newState() {
        return new ExchangeState(ProviderRegistry.load(MatcherProvider.class).get("cda").create(Config.builder("cda")
                .put("beta", "0.1").put("gridRetailPrice", "0.59").put("gridFeedInPrice", "0.31").build()),
                new PeriodSettlement(new GridPriceGapCompensationRule(), Price.perKwh("0.59"), Price.perKwh("0.31"),
                        new BigDecimal("0.1"), false),
                BoundedReputationRule.reportCh4Reputation(), 1, List.of(n1.node(), n2.node()));
    }

    private Block block(NodeKeys proposer, ExchangeTransaction... txs) {
        List<TransactionEnvelope> envelopes = new ArrayList<>();
        for (ExchangeTransaction t : txs) {
            envelopes.add(Transactions.sign(n1, t.type(), t.encode(), ++nonce, 1_000 + nonce));
        }
        Bytes previous = chain.isEmpty() ? Bytes.EMPTY : Blocks.hash(chain.get(chain.size() - 1));
        Block b = Blocks.propose(proposer, chain.size(), previous, envelopes, 2_000 + chain.size());
        chain.add(b);
        return b;
    }

    private static OrderSubmitted order(Order o) {
        return new OrderSubmitted(OrderJson.write(o));
    }

    @Test
    void aPeriodThroughEveryRuleWithIgnoredTransactionsAndTwoEqualReplays() {
        ExchangeState s = newState();
        s.apply(block(n1, order(Order.builder("S1", "S1", Side.SELL).limit("0.41").reserve("0.34").quantity("220")
                .build()), order(Order.builder("B1", "B1", Side.BUY).limit("0.53").reserve("0.58").quantity("400")
                .build())));
        ObjectNode garbage = OrderJson.write(Order.builder("B2", "B2", Side.BUY).limit("0.5").quantity("1").build());
        garbage.put("quantityKwh", -1);
        s.apply(block(n1, order(Order.builder("S1", "X", Side.SELL).limit("0.1").quantity("1").build()),
                new OrderSubmitted(garbage), new PeriodClose(5)));
        assertEquals(3, s.ignoredTransactions(), "duplicate id, invalid order, wrong period");
        assertEquals("S1", s.order(OrderId.of("S1")).orElseThrow().order().participant().value());

        List<ExchangeState.PeriodEvent> events = s.apply(block(n2, new PeriodClose(1), new PeriodClose(1)));
        assertEquals(List.of(new ExchangeState.PeriodEvent(Phase.CLOSED, 1, n2.node())), events);
        assertEquals(2, s.openPeriod());
        assertEquals(4, s.ignoredTransactions(), "second close of period 1");

        MatchRecord honest = s.pendingMatch(1).orElseThrow();
        Trade t = honest.trades().get(0);
        MatchRecord forged = new MatchRecord(1, honest.mechanism(), List.of(new Trade(t.sellOrder(), t.buyOrder(),
                t.seller(), t.buyer(), t.quantity(), Price.perKwh("0.10"), t.round())), honest.gridTrades());
        s.apply(block(n2, forged));
        assertEquals("closed", s.period(1).orElseThrow().status(), "a mismatching result is ignored");
        assertTrue(s.trades(1).isEmpty());
        s.apply(block(n2, honest, honest));
        assertEquals("matched", s.period(1).orElseThrow().status());
        assertEquals(Price.perKwh("0.47"), s.trades(1).get(0).price());

        SettlementRecord early = new SettlementRecord(1, List.of(), List.of());
        s.apply(block(n1, early, new MeterUpload(1, ParticipantId.of("S1"), Energy.ofKwh(220), "m1")));
        assertEquals("matched", s.period(1).orElseThrow().status(), "not due before B1 uploaded");
        List<ExchangeState.PeriodEvent> due = s.apply(block(n1, new MeterUpload(1, ParticipantId.of("B1"),
                Energy.ofKwh(-400), "m2")));
        assertEquals(Phase.DUE, due.get(0).phase());
        SettlementRecord settlement = s.pendingSettlement(1).orElseThrow();
        s.apply(block(n1, settlement, settlement, new MeterUpload(1, ParticipantId.of("S1"), Energy.ofKwh(1), "m1")));
        assertEquals("settled", s.period(1).orElseThrow().status());
        assertEquals(Money.of("103.4"), s.account(AccountId.of("S1")).balance());
        assertEquals(Money.of("-209.6"), s.account(AccountId.of("B1")).balance());
        assertEquals(Money.ZERO, s.total());
        assertEquals(61, s.account(AccountId.of("S1")).reputation(), "one completed trade on 60");
        assertEquals("settled", s.order(OrderId.of("B1")).orElseThrow().status());

        ExchangeState replay = newState();
        chain.forEach(replay::apply);
        assertEquals(s.headHash(), replay.headHash());
        assertEquals(s.balances(), replay.balances());
        assertEquals(s.reputation(), replay.reputation());
        assertEquals(s.ignoredTransactions(), replay.ignoredTransactions());
        assertEquals(s.order(OrderId.of("S1")), replay.order(OrderId.of("S1")));
    }

    @Test
    void aMatchedPeriodSettlesAtFaceValueOnceTheTolerancePeriodClosesWithoutUploads() {
        ExchangeState s = newState();
        s.apply(block(n1, order(Order.builder("S1", "S1", Side.SELL).limit("0.41").quantity("10").build()),
                order(Order.builder("B1", "B1", Side.BUY).limit("0.53").quantity("10").build()), new PeriodClose(1)));
        s.apply(block(n1, s.pendingMatch(1).orElseThrow()));
        assertTrue(s.pendingSettlement(1).isEmpty());
        s.apply(block(n1, new PeriodClose(2)));
        assertEquals(List.of(1L), s.unsettledDuePeriods());
        s.apply(block(n1, s.pendingSettlement(1).orElseThrow()));
        assertEquals(Money.of("4.7"), s.account(AccountId.of("S1")).balance());   // 10 x 0.47, as contracted
    }
}

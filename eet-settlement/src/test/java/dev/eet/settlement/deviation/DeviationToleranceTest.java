package dev.eet.settlement.deviation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.model.OrderId;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Trade;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.ReputationEvent;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.api.value.Price;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeviationToleranceTest {
    static final ParticipantId S = ParticipantId.of("S");
    static final ParticipantId B = ParticipantId.of("B");
    final Trade trade = new Trade(OrderId.of("s"), OrderId.of("b"), S, B, Energy.ofKwh(10), Price.perKwh("0.5"), 1);
    final DeviationToleranceSettlement settlement = new DeviationToleranceSettlement(new BigDecimal("0.1"),
            Money.of(2), AccountId.FEE_POOL);

    @Test
    void withinToleranceSettlesTheMatchedQuantity() {
        var o = settlement.settle(trade, Energy.ofKwh("9.1"), MeteredParty.SELLER);
        assertTrue(o.decision().withinTolerance());
        assertEquals(Energy.ofKwh(10), o.settled());
        assertEquals(List.of(new Transfer(AccountId.of("B"), AccountId.of("S"), Money.of(5),
                o.transfers().get(0).reason())), o.transfers());
        assertEquals(ReputationEvent.COMPLETED_TRADE, o.reputation().get(S));
    }

    @Test
    void deviationExactlyAtSigmaIsOutside() {
        // d = 1/10 = sigma: d < sigma is false
        var o = settlement.settle(trade, Energy.ofKwh(9), MeteredParty.SELLER);
        assertFalse(o.decision().withinTolerance());
        assertEquals(Optional.of(ToleranceDecision.Direction.UNDER), o.decision().direction());
        assertEquals(Energy.ofKwh(9), o.settled());
    }

    @Test
    void sellerUnderDeliveryIsPenalised() {
        var o = settlement.settle(trade, Energy.ofKwh(6), MeteredParty.SELLER);
        assertEquals(Energy.ofKwh(6), o.settled());
        assertEquals(Optional.of(MeteredParty.SELLER), o.decision().atFault());
        assertEquals(Money.of(3), o.transfers().get(0).amount());
        assertEquals(new Transfer(AccountId.of("S"), AccountId.FEE_POOL, Money.of(2), o.transfers().get(1).reason()),
                o.transfers().get(1));
        assertEquals(ReputationEvent.PENALTY, o.reputation().get(S));
        assertEquals(ReputationEvent.COMPLETED_TRADE, o.reputation().get(B));
    }

    @Test
    void buyerUnderConsumptionIsPenalised() {
        var o = settlement.settle(trade, Energy.ofKwh(2), MeteredParty.BUYER);
        assertEquals(Energy.ofKwh(2), o.settled());
        assertEquals(AccountId.of("B"), o.transfers().get(1).from());
        assertEquals(ReputationEvent.PENALTY, o.reputation().get(B));
    }

    @Test
    void overDeliveryBeyondToleranceSettlesTheActual() {
        var o = settlement.settle(trade, Energy.ofKwh(11), MeteredParty.SELLER);
        assertEquals(Optional.of(ToleranceDecision.Direction.OVER), o.decision().direction());
        assertEquals(Energy.ofKwh(11), o.settled());
    }

    @Test
    void badInputIsRefused() {
        assertThrows(InvalidArgumentException.class,
                () -> new DeviationToleranceSettlement(BigDecimal.ZERO, Money.ZERO, AccountId.FEE_POOL));
        assertThrows(InvalidArgumentException.class,
                () -> settlement.settle(trade, Energy.ofKwh(-1), MeteredParty.SELLER));
    }

    /** A stand-in for a ciphertext: the decision must never look inside, only use the algebra and the oracle. */
    record Sealed(BigDecimal hidden) {
    }

    /**
     * The decision is generic: run over opaque values, it touches them only through the algebra and asks the
     * oracle only for signs of (here blinded) linear forms, and returns one of its inputs unchanged.
     */
    @Test
    void decisionRunsOnOpaqueValuesThroughTheAlgebraAndASignOracle() {
        List<String> ops = new ArrayList<>();
        DeviationAlgebra<Sealed> algebra = new DeviationAlgebra<>() {
            @Override
            public Sealed add(Sealed a, Sealed b) {
                ops.add("add");
                return new Sealed(a.hidden().add(b.hidden()));
            }

            @Override
            public Sealed multiply(Sealed a, BigDecimal k) {
                ops.add("multiply");
                return new Sealed(a.hidden().multiply(k));
            }
        };
        BigDecimal blind = new BigDecimal("7.31"); // a positive blinding factor preserves the sign
        SignOracle<Sealed> keyHolder = v -> {
            ops.add("sign");
            return v.hidden().multiply(blind).signum();
        };
        DeviationTolerance<Sealed> tol = new DeviationTolerance<>(algebra, new BigDecimal("0.1"));
        Sealed vm = new Sealed(new BigDecimal("10"));
        Sealed va = new Sealed(new BigDecimal("9.5"));
        ToleranceDecision<Sealed> d = tol.decide(vm, va, MeteredParty.BUYER, keyHolder);
        assertTrue(d.withinTolerance());
        assertTrue(d.settled() == vm, "settles the matched ciphertext itself");
        assertEquals(2, ops.stream().filter("sign"::equals).count());
        Sealed low = new Sealed(new BigDecimal("8"));
        ToleranceDecision<Sealed> d2 = tol.decide(vm, low, MeteredParty.BUYER, keyHolder);
        assertTrue(d2.settled() == low);
        assertEquals(Optional.of(MeteredParty.BUYER), d2.atFault());
    }
}

package dev.eet.settlement.compensation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.model.OrderId;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Trade;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.CompensationRuleProvider;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.api.value.Price;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridPriceGapCompensationRuleTest {
    static final AccountId S = AccountId.of("S");
    static final AccountId B = AccountId.of("B");
    static final Price RETAIL = Price.perKwh("0.59");
    static final Price FEED_IN = Price.perKwh("0.31");
    final Trade trade = new Trade(OrderId.of("s1"), OrderId.of("b1"), ParticipantId.of("S"), ParticipantId.of("B"),
            Energy.ofKwh(10), Price.perKwh("0.45"), 1);
    final GridPriceGapCompensationRule rule = new GridPriceGapCompensationRule();

    @Test
    void sellerShortfallSellerPaysBuyerTheRetailGap() {
        List<Transfer> t = rule.compensate(trade, Energy.ofKwh(6), Energy.ofKwh(10), RETAIL, FEED_IN);
        assertEquals(1, t.size());
        assertEquals(S, t.get(0).from());
        assertEquals(B, t.get(0).to());
        assertEquals(Money.of("0.56"), t.get(0).amount()); // 4 kWh * (0.59 - 0.45)
    }

    @Test
    void buyerUnderConsumptionBuyerPaysSellerTheFeedInGap() {
        List<Transfer> t = rule.compensate(trade, Energy.ofKwh(10), Energy.ofKwh("7.5"), RETAIL, FEED_IN);
        assertEquals(1, t.size());
        assertEquals(B, t.get(0).from());
        assertEquals(S, t.get(0).to());
        assertEquals(Money.of("0.35"), t.get(0).amount()); // 2.5 kWh * (0.45 - 0.31)
    }

    @Test
    void noCompensationWhenTheGridIsNoWorseThanTheContract() {
        assertEquals(List.of(), rule.compensate(trade, Energy.ofKwh(6), Energy.ofKwh(7), Price.perKwh("0.45"),
                Price.perKwh("0.45")));
        assertEquals(List.of(), rule.compensate(trade, Energy.ofKwh(6), Energy.ofKwh(7), Price.perKwh("0.40"),
                Price.perKwh("0.50")));
    }

    @Test
    void bothShortBothPayForTheirOwnDeviation() {
        List<Transfer> t = rule.compensate(trade, Energy.ofKwh(9), Energy.ofKwh(8), RETAIL, FEED_IN);
        assertEquals(List.of(Money.of("0.14"), Money.of("0.28")), t.stream().map(Transfer::amount).toList());
        assertEquals(S, t.get(0).from());
        assertEquals(B, t.get(1).from());
    }

    @Test
    void negativeActualsAreRefused() {
        assertThrows(InvalidArgumentException.class,
                () -> rule.compensate(trade, Energy.ofKwh(-1), Energy.ofKwh(10), RETAIL, FEED_IN));
    }

    @Test
    void providerIsRegistered() {
        var r = ProviderRegistry.load(CompensationRuleProvider.class).get("grid-price-gap").create(Config.empty());
        assertEquals("grid-price-gap", r.name());
    }

    /** The whole settlement of a seller shortfall leaves the buyer at exactly the contract cost. */
    @Test
    void sellerShortfallSettlementKeepsTheBuyerWhole() {
        ForecastDeviationSettlement s = new ForecastDeviationSettlement(rule, RETAIL, FEED_IN);
        List<Transfer> t = s.settle(trade, Energy.ofKwh(6), Energy.ofKwh(10));
        Money buyerNet = Money.ZERO;
        for (Transfer x : t) {
            if (x.from().equals(B)) {
                buyerNet = buyerNet.minus(x.amount());
            }
            if (x.to().equals(B)) {
                buyerNet = buyerNet.plus(x.amount());
            }
        }
        assertEquals(Money.of("-4.5"), buyerNet); // 10 kWh * 0.45, as contracted
        assertEquals(List.of(Money.of("2.7"), Money.of("2.36"), Money.of("0.56")),
                t.stream().map(Transfer::amount).toList()); // 6*0.45 peer, 4*0.59 grid, compensation
    }

    /** The whole settlement of a buyer under-consumption leaves the seller at exactly the contract revenue. */
    @Test
    void buyerShortfallSettlementKeepsTheSellerWhole() {
        ForecastDeviationSettlement s = new ForecastDeviationSettlement(rule, RETAIL, FEED_IN);
        List<Transfer> t = s.settle(trade, Energy.ofKwh(10), Energy.ofKwh(4));
        Money sellerNet = Money.ZERO;
        for (Transfer x : t) {
            if (x.from().equals(S)) {
                sellerNet = sellerNet.minus(x.amount());
            }
            if (x.to().equals(S)) {
                sellerNet = sellerNet.plus(x.amount());
            }
        }
        assertEquals(Money.of("4.5"), sellerNet);
        assertEquals(AccountId.GRID, t.get(1).from());
    }
}

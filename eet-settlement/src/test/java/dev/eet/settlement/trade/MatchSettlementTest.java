package dev.eet.settlement.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.OrderId;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.api.value.Price;
import dev.eet.settlement.ledger.CreditLimit;
import dev.eet.settlement.ledger.Ledger;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchSettlementTest {
    final MatchResult result = new MatchResult("cda",
            List.of(new Trade(OrderId.of("S1"), OrderId.of("B1"), ParticipantId.of("S1"), ParticipantId.of("B1"),
                    Energy.ofKwh(220), Price.perKwh("0.47"), 1)),
            List.of(new GridTrade(OrderId.of("B1"), ParticipantId.of("B1"), Side.BUY, Energy.ofKwh(180),
                            Price.perKwh("0.59")),
                    new GridTrade(OrderId.of("S2"), ParticipantId.of("S2"), Side.SELL, Energy.ofKwh(10),
                            Price.perKwh("0.31"))),
            List.of(), List.of());

    @Test
    void buyerPaysSellerGridTradesAgainstTheGridFeesToThePool() {
        Ledger ledger = Ledger.withStandardAccounts();
        new MatchSettlement(new BigDecimal("0.01"), new BigDecimal("0.005")).settle(result, ledger,
                CreditLimit.UNLIMITED);
        // trade 220 * 0.47 = 103.4; buyer fee 1.034; seller fee 0.517; grid buy 180 * 0.59 = 106.2; sale 3.1
        assertEquals(Money.of("-210.634"), ledger.balance(AccountId.of("B1")));
        assertEquals(Money.of("102.883"), ledger.balance(AccountId.of("S1")));
        assertEquals(Money.of("3.1"), ledger.balance(AccountId.of("S2")));
        assertEquals(Money.of("1.551"), ledger.balance(AccountId.FEE_POOL));
        assertEquals(Money.of("103.1"), ledger.balance(AccountId.GRID));
        assertEquals(Money.ZERO, ledger.total());
    }

    @Test
    void withoutFeesOnlyTradeAndGridMovements() {
        assertEquals(3, new MatchSettlement(BigDecimal.ZERO, BigDecimal.ZERO).transfers(result).size());
    }

    @Test
    void insufficientFundsRefuseTheWholeResult() {
        Ledger ledger = Ledger.withStandardAccounts();
        assertThrows(dev.eet.settlement.ledger.InsufficientFundsException.class,
                () -> new MatchSettlement(BigDecimal.ZERO, BigDecimal.ZERO).settle(result, ledger, CreditLimit.NONE));
        assertEquals(Money.ZERO, ledger.balance(AccountId.GRID));
    }

    @Test
    void badFeeRatesAreRefused() {
        assertThrows(InvalidArgumentException.class, () -> new MatchSettlement(new BigDecimal("-0.1"), BigDecimal.ZERO));
        assertThrows(InvalidArgumentException.class, () -> new MatchSettlement(BigDecimal.ZERO, BigDecimal.ONE));
    }
}

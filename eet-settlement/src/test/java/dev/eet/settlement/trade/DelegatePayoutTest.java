package dev.eet.settlement.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.settlement.AccountId;
import dev.eet.api.settlement.Transfer;
import dev.eet.api.value.Money;
import dev.eet.settlement.ledger.Ledger;
import dev.eet.settlement.ledger.Posting;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelegatePayoutTest {
    static final List<AccountId> DELEGATES = List.of(AccountId.of("d1"), AccountId.of("d2"), AccountId.of("d3"));

    @Test
    void shareIsSplitEquallyAndTheRemainderStaysInThePool() {
        Ledger ledger = Ledger.withStandardAccounts();
        ledger.commit(List.of(Posting.mint(AccountId.FEE_POOL, Money.of(10), "fees")));
        new DelegatePayout(new BigDecimal("0.5")).payOut(ledger, DELEGATES);
        assertEquals(Money.ofMicros(1_666_666), ledger.balance(AccountId.of("d1")));
        assertEquals(Money.ofMicros(1_666_666), ledger.balance(AccountId.of("d3")));
        assertEquals(Money.ofMicros(5_000_002), ledger.balance(AccountId.FEE_POOL));
        assertEquals(ledger.minted(), ledger.total());
    }

    @Test
    void nothingToSplitMakesNoTransfers() {
        assertEquals(List.<Transfer>of(), new DelegatePayout(BigDecimal.ONE).transfers(Money.ofMicros(2), DELEGATES));
        assertEquals(List.<Transfer>of(), new DelegatePayout(BigDecimal.ONE).transfers(Money.of(5), List.of()));
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(InvalidArgumentException.class, () -> new DelegatePayout(BigDecimal.ZERO));
        assertThrows(InvalidArgumentException.class, () -> new DelegatePayout(new BigDecimal("1.5")));
        assertThrows(InvalidArgumentException.class, () -> new DelegatePayout(BigDecimal.ONE)
                .transfers(Money.of(5), List.of(AccountId.of("d"), AccountId.of("d"))));
    }
}

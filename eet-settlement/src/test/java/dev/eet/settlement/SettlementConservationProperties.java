package dev.eet.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import dev.eet.settlement.async.AsyncSettlement;
import dev.eet.settlement.async.PenaltyPolicy;
import dev.eet.settlement.async.PriceMatrix;
import dev.eet.settlement.compensation.ForecastDeviationSettlement;
import dev.eet.settlement.compensation.GridPriceGapCompensationRule;
import dev.eet.settlement.deviation.DeviationToleranceSettlement;
import dev.eet.settlement.deviation.MeteredParty;
import dev.eet.settlement.ledger.CreditLimit;
import dev.eet.settlement.ledger.Ledger;
import dev.eet.settlement.ledger.LedgerEntry;
import dev.eet.settlement.reputation.BoundedReputationRule;
import dev.eet.settlement.reputation.ReputationLog;
import dev.eet.settlement.reward.TokenRewards;
import dev.eet.settlement.trade.DelegatePayout;
import dev.eet.settlement.trade.MatchSettlement;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Money is conserved across every settlement operation of the module, mixed in any order: the sum of all
 * accounts equals the money recorded as minted, and replaying the movement log reproduces every balance.
 */
class SettlementConservationProperties {
    static final int USERS = 5;

    /** One random settlement operation. */
    record Op(int kind, int a, int b, long x, long y, long z) {
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, USERS - 1),
                Arbitraries.integers().between(0, USERS - 1), Arbitraries.longs().between(1, 30_000_000L),
                Arbitraries.longs().between(0, 40_000_000L), Arbitraries.longs().between(0, 2_000_000L))
                .as(Op::new).list().ofMaxSize(30);
    }

    static ParticipantId user(int i) {
        return ParticipantId.of("U" + i);
    }

    @Property(tries = 200)
    void moneyIsConservedExceptRecordedMinting(@ForAll("operations") List<Op> ops) {
        Ledger ledger = Ledger.withStandardAccounts();
        for (int i = 0; i < USERS; i++) {
            ledger.openIfAbsent(AccountId.of(user(i)), CreditLimit.UNLIMITED);
        }
        ReputationLog rep = new ReputationLog(BoundedReputationRule.reportCh3Credit());
        AsyncSettlement async = new AsyncSettlement(ledger, rep, 1,
                new PenaltyPolicy(Money.of(1), false, AccountId.FEE_POOL), CreditLimit.UNLIMITED);
        TokenRewards rewards = new TokenRewards(Money.of(10), Energy.ofKwh(50), Energy.ofKwh(10), Energy.ofKwh(60));
        long cycle = 0;
        for (Op op : ops) {
            ParticipantId a = user(op.a());
            ParticipantId b = user(op.b());
            Price price = Price.ofMicros(op.z());
            switch (op.kind()) {
                case 0 -> {
                    cycle++;
                    async.open(cycle, new java.util.TreeSet<>(List.of(a, b, user((op.a() + 2) % USERS))),
                            a.equals(b) ? PriceMatrix.empty()
                                    : PriceMatrix.builder().add(a.value(), b.value(), 1, price.toPlainString()).build(),
                            Price.perKwh("0.6"));
                    async.upload(cycle, a, Energy.ofMicroKwh(op.x()));
                    if (!a.equals(b)) {
                        async.upload(cycle, b, Energy.ofMicroKwh(-op.y()));
                    }
                    async.endOfCycle(cycle);
                }
                case 1 -> {
                    if (!a.equals(b)) {
                        Trade t = new Trade(OrderId.of("s"), OrderId.of("b"), a, b, Energy.ofMicroKwh(op.x()), price, 1);
                        MatchResult r = new MatchResult("test", List.of(t), List.of(new GridTrade(OrderId.of("g"), b,
                                Side.BUY, Energy.ofMicroKwh(op.y() + 1), Price.perKwh("0.59"))), List.of(), List.of());
                        new MatchSettlement(new BigDecimal("0.013"), new BigDecimal("0.007")).settle(r, ledger,
                                CreditLimit.UNLIMITED);
                    }
                }
                case 2 -> {
                    if (!a.equals(b)) {
                        Trade t = new Trade(OrderId.of("s"), OrderId.of("b"), a, b, Energy.ofMicroKwh(op.x()), price, 1);
                        ledger.post(new ForecastDeviationSettlement(new GridPriceGapCompensationRule(),
                                Price.perKwh("0.59"), Price.perKwh("0.31")).settle(t, Energy.ofMicroKwh(op.y()),
                                Energy.ofMicroKwh(op.x() / 2)));
                    }
                }
                case 3 -> {
                    if (!a.equals(b)) {
                        Trade t = new Trade(OrderId.of("s"), OrderId.of("b"), a, b, Energy.ofMicroKwh(op.x()), price, 1);
                        ledger.post(new DeviationToleranceSettlement(new BigDecimal("0.05"), Money.of(1),
                                AccountId.FEE_POOL).settle(t, Energy.ofMicroKwh(op.y()), MeteredParty.SELLER)
                                .transfers());
                    }
                }
                case 4 -> {
                    Map<ParticipantId, Energy> volumes = new TreeMap<>();
                    volumes.put(a, Energy.ofMicroKwh(op.x()));
                    volumes.merge(b, Energy.ofMicroKwh(op.y()), Energy::plus);
                    TokenRewards.payOut(rewards.closeWeek(volumes), ledger);
                }
                default -> new DelegatePayout(new BigDecimal("0.5")).payOut(ledger, List.of(AccountId.of(a)));
            }
            Money recorded = Money.ZERO;
            for (LedgerEntry e : ledger.entries()) {
                if (e instanceof LedgerEntry.Minted m) {
                    recorded = recorded.plus(m.amount());
                }
            }
            assertEquals(recorded, ledger.total(), "after " + op);
            assertEquals(recorded, ledger.minted());
        }
        assertEquals(ledger.balances(), Ledger.replay(ledger.entries()).balances());
        for (int score : rep.scores().values()) {
            assertTrue(score >= 0 && score <= 100);
        }
    }
}

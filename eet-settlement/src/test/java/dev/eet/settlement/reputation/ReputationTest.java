package dev.eet.settlement.reputation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.EetException;
import dev.eet.api.InvalidArgumentException;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.settlement.ReputationEvent;
import dev.eet.api.settlement.ReputationRule;
import dev.eet.api.settlement.ReputationRuleProvider;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ReputationTest {
    static final ReputationEvent OK = ReputationEvent.COMPLETED_TRADE;
    static final ReputationEvent BAD = ReputationEvent.PENALTY;

    @Test
    void reportCh3StartsAt100IsCappedAndLosesTenPerPenalty() {
        ReputationRule r = BoundedReputationRule.reportCh3Credit();
        assertEquals(100, r.score(List.of()));
        assertEquals(100, r.score(List.of(OK, OK)));
        assertEquals(90, r.score(List.of(OK, BAD)));
        assertEquals(93, r.score(List.of(BAD, OK, OK, OK)));
    }

    @Test
    void reportCh3CountsOnlyTheMostRecent100Trades() {
        ReputationRule r = BoundedReputationRule.reportCh3Credit();
        List<ReputationEvent> h = new ArrayList<>();
        h.add(BAD);
        h.add(BAD);
        h.addAll(Collections.nCopies(99, OK));
        // the window holds the second penalty and 99 trades: 100 - 10 + 99, capped
        assertEquals(100, r.score(h));
        List<ReputationEvent> h2 = new ArrayList<>(Collections.nCopies(100, BAD));
        h2.addAll(Collections.nCopies(5, OK));
        // window = last 95 penalties and 5 trades: floored at 0, then +5
        assertEquals(5, r.score(h2));
        List<ReputationEvent> h3 = new ArrayList<>(Collections.nCopies(3, BAD));
        h3.addAll(Collections.nCopies(98, OK)); // window drops the first penalty: 100-20 then +98 -> 100
        assertEquals(100, r.score(h3));
        assertEquals(80, r.score(Collections.nCopies(2, BAD)));
    }

    @Test
    void reportCh4StartsAt60AndIsBoundedTo0And100() {
        ReputationRule r = BoundedReputationRule.reportCh4Reputation();
        assertEquals(60, r.score(List.of()));
        assertEquals(61, r.score(List.of(OK)));
        assertEquals(50, r.score(List.of(BAD)));
        assertEquals(0, r.score(Collections.nCopies(7, BAD)));
        assertEquals(100, r.score(Collections.nCopies(41, OK)));
    }

    @Test
    void rulesAreConfigurableAndRejectNonsense() {
        ReputationRule r = BoundedReputationRule.reportCh4Reputation(Config.builder("x").put("penalty", 20)
                .put("initial", 70).build());
        assertEquals(50, r.score(List.of(BAD)));
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> BoundedReputationRule.reportCh3Credit(Config.builder("x").put("initial", 120).build()));
        assertEquals("initial", e.field());
        assertThrows(InvalidArgumentException.class,
                () -> BoundedReputationRule.reportCh3Credit(Config.builder("x").put("typo", 1).build()));
    }

    @Test
    void bothRulesAreRegisteredProviders() {
        var reg = ProviderRegistry.load(ReputationRuleProvider.class);
        assertEquals(100, reg.get("report-ch3-credit").create(Config.empty()).initial());
        assertEquals(60, reg.get("report-ch4-reputation").create(Config.empty()).initial());
    }

    @Test
    void logIsAppendOnlyAndReplayable() {
        ReputationLog log = new ReputationLog(BoundedReputationRule.reportCh4Reputation());
        ParticipantId a = ParticipantId.of("a");
        log.record(a, OK, "t1");
        log.record(a, BAD, "late");
        log.record(ParticipantId.of("b"), OK, "t2");
        assertEquals(51, log.score(a));
        ReputationLog copy = ReputationLog.replay(log.rule(), log.records());
        assertEquals(log.scores(), copy.scores());
        assertEquals(log.records(), copy.records());
        List<ReputationRecord> gap = new ArrayList<>(log.records());
        gap.remove(0);
        assertThrows(EetException.class, () -> ReputationLog.replay(log.rule(), gap));
        assertEquals(60, log.score(ParticipantId.of("nobody")));
    }

    @Provide
    Arbitrary<List<ReputationEvent>> histories() {
        return Arbitraries.of(OK, BAD).list().ofMaxSize(300);
    }

    /**
     * Reputation stays within its rule's bounds through any log, for both published rules.
     *
     * @param history a random history
     */
    @Property(tries = 200)
    void reputationStaysWithinBounds(@ForAll("histories") List<ReputationEvent> history) {
        for (ReputationRule rule : List.of(BoundedReputationRule.reportCh3Credit(),
                BoundedReputationRule.reportCh4Reputation())) {
            ReputationLog log = new ReputationLog(rule);
            ParticipantId p = ParticipantId.of("p");
            for (ReputationEvent e : history) {
                log.record(p, e, "x");
                int s = log.score(p);
                assertTrue(s >= rule.min() && s <= rule.max(), rule.name() + " score " + s);
            }
            assertEquals(log.score(p), ReputationLog.replay(rule, log.records()).score(p));
        }
    }
}

package dev.eet.consensus.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import dev.eet.consensus.crypto.KeyDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChainPairTest {
    @Test
    void publicChainHoldsOnlySummariesThatPointAtThePrivateRecords() {
        var keys = TestChains.MEMBERS.get(0);
        var verifier = new BlockVerifier(KeyDirectory.of(List.of(keys, TestChains.ALICE)),
                CertificateRule.quorum(java.util.Set.of(keys.node()), 1));
        MemoryLedgerStore priv = new MemoryLedgerStore(Optional.of(verifier));
        MemoryLedgerStore pub = new MemoryLedgerStore(Optional.of(verifier));
        ChainPair pair = new ChainPair(priv, pub, keys, Clock.fixed(Instant.parse("2024-05-01T00:00:00Z"), ZoneOffset.UTC),
                ChainPair.selfCertified(keys));
        List<TransactionEnvelope> trades = List.of(TestChains.tx(1), TestChains.tx(2));
        Block b = pair.record(trades, tx -> new ChainPair.Summary(Energy.ofKwh("12.5"), Price.perKwh("0.31"), tx.id()));
        assertEquals(0, priv.height());
        assertEquals(0, pub.height());
        assertEquals(trades, priv.block(0).orElseThrow().transactions(), "private chain keeps full detail");
        for (int i = 0; i < 2; i++) {
            TransactionEnvelope s = b.transactions().get(i);
            assertEquals(ChainPair.SUMMARY_TYPE, s.type());
            assertFalse(s.payload().equals(trades.get(i).payload()), "no detail on the public chain");
            ChainPair.Summary summary = ChainPair.Summary.decode(s.payload());
            assertEquals(Energy.ofKwh("12.5"), summary.availableEnergy());
            assertEquals(Optional.of(trades.get(i)), pair.privateRecord(summary));
        }
        pair.record(List.of(TestChains.tx(3)), tx -> new ChainPair.Summary(Energy.ofKwh(1), Price.perKwh("0.2"), tx.id()));
        assertEquals(1, pub.height(), "chains keep growing in lock step");
    }

    @Test
    void summaryWithAnotherHashIsRefused() {
        var keys = TestChains.MEMBERS.get(0);
        ChainPair pair = new ChainPair(new MemoryLedgerStore(), new MemoryLedgerStore(), keys, Clock.systemUTC(),
                ChainPair.selfCertified(keys));
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> pair.record(
                List.of(TestChains.tx(1)), tx -> new ChainPair.Summary(Energy.ofKwh(1), Price.perKwh("1"), TestChains.tx(2).id())));
        assertEquals("privateRecordHash", e.field());
        assertTrue(pair.privateChain().height() == -1 && pair.publicChain().height() == -1, "nothing appended");
    }
}

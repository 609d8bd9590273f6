package dev.eet.consensus.ledger;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.KeyDirectory;
import dev.eet.consensus.crypto.NodeKeys;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifiedTransactionsTest {
    private final VerifiedTransactions cache = new VerifiedTransactions(TestChains.KEYS, 1_000);

    private static Bytes flip(Bytes b, int i) {
        byte[] a = b.toArray();
        a[i] ^= 1;
        return Bytes.of(a);
    }

    private static TransactionEnvelope withSignature(TransactionEnvelope t, Bytes signature) {
        return new TransactionEnvelope(t.id(), t.type(), t.payload(), t.sender(), t.nonce(), t.timestamp(), signature);
    }

    @Test
    void aValidTransactionIsVerifiedOnceThenAnsweredFromTheCache() {
        TransactionEnvelope t = TestChains.tx(1);
        cache.verify(t);
        assertEquals(0, cache.hits());
        // an equal envelope decoded from other bytes (another object) is a hit
        TransactionEnvelope copy = withSignature(t, Bytes.of(t.signature().toArray()));
        cache.verify(copy);
        assertEquals(1, cache.hits());
        assertEquals(1, cache.size());
    }

    @Test
    void aForgedSignatureOnACachedIdIsStillRejected() {
        TransactionEnvelope t = TestChains.tx(1);
        cache.verify(t);
        TransactionEnvelope forged = withSignature(t, flip(t.signature(), 5));
        SignatureRejectedException e = assertThrows(SignatureRejectedException.class, () -> cache.verify(forged));
        assertTrue(e.reason().contains("signature of sender alice is invalid"), e.getMessage());
        assertFalse(cache.contains(forged), "a rejected envelope is never remembered");
        assertThrows(SignatureRejectedException.class, () -> cache.verify(forged), "rejected again");
        assertEquals(0, cache.hits());
    }

    @Test
    void aCachedIdWithAnotherPayloadIsNotTrusted() {
        TransactionEnvelope t = TestChains.tx(1);
        cache.verify(t);
        TransactionEnvelope altered = new TransactionEnvelope(t.id(), t.type(), Bytes.of(new byte[] {1}), t.sender(),
                t.nonce(), t.timestamp(), t.signature());
        SignatureRejectedException e = assertThrows(SignatureRejectedException.class, () -> cache.verify(altered));
        assertTrue(e.reason().contains("id does not match"), e.getMessage());
        TransactionEnvelope otherNonce = new TransactionEnvelope(t.id(), t.type(), t.payload(), t.sender(),
                t.nonce() + 1, t.timestamp(), t.signature());
        assertThrows(SignatureRejectedException.class, () -> cache.verify(otherNonce));
        assertEquals(0, cache.hits());
    }

    @Test
    void anotherKeysSignatureOverACachedIdIsRejected() {
        TransactionEnvelope t = TestChains.tx(1);
        cache.verify(t);
        NodeKeys mallory = NodeKeys.derive(NodeId.of("alice"), 666);
        TransactionEnvelope impostor = withSignature(t, mallory.sign(t.id().toArray()));
        assertThrows(SignatureRejectedException.class, () -> cache.verify(impostor));
    }

    @Test
    void aBlockCarryingAForgedCopyOfACachedTransactionIsRejected() {
        TransactionEnvelope t = TestChains.tx(1);
        BlockVerifier verifier = TestChains.verifier().withCache(cache);
        Block good = Blocks.propose(TestChains.MEMBERS.get(0), 0, Bytes.EMPTY, List.of(t), 1_700_000_000_000L);
        assertDoesNotThrow(() -> verifier.verifyProposal(good, Bytes.EMPTY));
        assertTrue(cache.contains(t));
        Block bad = Blocks.propose(TestChains.MEMBERS.get(0), 0, Bytes.EMPTY,
                List.of(withSignature(t, flip(t.signature(), 0))), 1_700_000_000_000L);
        BlockRejectedException e = assertThrows(BlockRejectedException.class,
                () -> verifier.verifyProposal(bad, Bytes.EMPTY));
        assertTrue(e.getMessage().contains("signature of sender alice is invalid"), e.getMessage());
    }

    @Test
    void aCacheOverAnotherKeyDirectoryIsRefused() {
        KeyDirectory other = KeyDirectory.of(List.of(TestChains.ALICE));
        assertThrows(IllegalArgumentException.class,
                () -> TestChains.verifier().withCache(new VerifiedTransactions(other, 10)));
    }

    @Test
    void theOldestEntriesAreForgottenBeyondCapacityAndVerifiedAgain() {
        VerifiedTransactions small = new VerifiedTransactions(TestChains.KEYS, 2);
        small.verify(TestChains.tx(1));
        small.verify(TestChains.tx(2));
        small.verify(TestChains.tx(3));
        assertEquals(2, small.size());
        assertFalse(small.contains(TestChains.tx(1)));
        assertTrue(small.contains(TestChains.tx(3)));
        small.verify(TestChains.tx(1));
        assertEquals(0, small.hits(), "a forgotten transaction is verified in full again");
        assertThrows(IllegalArgumentException.class, () -> new VerifiedTransactions(TestChains.KEYS, 0));
    }
}

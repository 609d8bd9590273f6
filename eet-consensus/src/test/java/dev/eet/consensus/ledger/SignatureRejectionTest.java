package dev.eet.consensus.ledger;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.BlockHeader;
import dev.eet.api.consensus.CommitCertificate;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.KeyDirectory;
import dev.eet.consensus.crypto.NodeKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignatureRejectionTest {
    private final KeyDirectory keys = TestChains.KEYS;

    private static Bytes flip(Bytes b, int i) {
        byte[] a = b.toArray();
        a[i] ^= 1;
        return Bytes.of(a);
    }

    @Test
    void validTransactionVerifies() {
        assertDoesNotThrow(() -> Transactions.verify(TestChains.tx(1), keys));
    }

    @Test
    void alteredPayloadIsRejected() {
        TransactionEnvelope t = TestChains.tx(1);
        TransactionEnvelope altered = new TransactionEnvelope(t.id(), t.type(), Bytes.of(new byte[] {1}), t.sender(),
                t.nonce(), t.timestamp(), t.signature());
        SignatureRejectedException e = assertThrows(SignatureRejectedException.class, () -> Transactions.verify(altered, keys));
        assertTrue(e.reason().contains("id does not match"), e.getMessage());
    }

    @Test
    void forgedSignatureIsRejected() {
        TransactionEnvelope t = TestChains.tx(1);
        TransactionEnvelope forged = new TransactionEnvelope(t.id(), t.type(), t.payload(), t.sender(), t.nonce(),
                t.timestamp(), flip(t.signature(), 5));
        SignatureRejectedException e = assertThrows(SignatureRejectedException.class, () -> Transactions.verify(forged, keys));
        assertTrue(e.reason().contains("signature of sender alice is invalid"), e.getMessage());
    }

    @Test
    void signatureByAnotherKeyIsRejected() {
        NodeKeys mallory = NodeKeys.derive(NodeId.of("alice"), 666);     // claims to be alice
        TransactionEnvelope t = Transactions.sign(mallory, "order", Bytes.EMPTY, 1, 1);
        assertThrows(SignatureRejectedException.class, () -> Transactions.verify(t, keys));
    }

    @Test
    void unknownSenderIsRejected() {
        TransactionEnvelope t = Transactions.sign(NodeKeys.derive(NodeId.of("stranger"), 1), "order", Bytes.EMPTY, 1, 1);
        SignatureRejectedException e = assertThrows(SignatureRejectedException.class, () -> Transactions.verify(t, keys));
        assertTrue(e.reason().contains("no known public key"), e.getMessage());
    }

    @Test
    void truncatedOrOverlongSignaturesAreRejectedNotThrown() {
        TransactionEnvelope t = TestChains.tx(1);
        for (Bytes sig : List.of(Bytes.EMPTY, Bytes.of(new byte[63]), Bytes.of(new byte[65]))) {
            TransactionEnvelope bad = new TransactionEnvelope(t.id(), t.type(), t.payload(), t.sender(), t.nonce(),
                    t.timestamp(), sig);
            assertThrows(SignatureRejectedException.class, () -> Transactions.verify(bad, keys));
        }
    }

    @Test
    void blockWithAForgedTransactionIsRejected() {
        TransactionEnvelope t = TestChains.tx(1);
        TransactionEnvelope forged = new TransactionEnvelope(t.id(), t.type(), t.payload(), t.sender(), t.nonce(),
                t.timestamp(), flip(t.signature(), 0));
        Block b = Blocks.propose(TestChains.MEMBERS.get(0), 0, Bytes.EMPTY, List.of(forged), 5);
        BlockRejectedException e = assertThrows(BlockRejectedException.class,
                () -> TestChains.verifier().verifyProposal(b, Bytes.EMPTY));
        assertTrue(e.getMessage().startsWith("block 0: transaction"), e.getMessage());
    }

    @Test
    void blockWithABadProposerSignatureIsRejected() {
        Block b = TestChains.chain(1).get(0);
        BlockHeader h = b.header();
        Block bad = new Block(new BlockHeader(h.height(), h.previousHash(), h.merkleRoot(), h.timestamp() + 1,
                h.proposer(), h.proposerSignature()), b.transactions(), b.certificate());
        BlockRejectedException e = assertThrows(BlockRejectedException.class,
                () -> TestChains.verifier().verify(bad, Bytes.EMPTY));
        assertTrue(e.reason().contains("proposer signature"), e.getMessage());
    }

    @Test
    void insufficientForeignOrDuplicatedCertificatesAreRejected() {
        Block b = TestChains.chain(1).get(0);
        Bytes hash = Blocks.hash(b);
        List<CommitCertificate.Endorsement> two = List.of(Blocks.endorse(TestChains.MEMBERS.get(0), hash),
                Blocks.endorse(TestChains.MEMBERS.get(1), hash));
        BlockVerifier v = TestChains.verifier();
        assertThrows(BlockRejectedException.class, () -> v.verify(Blocks.withCertificate(b, new CommitCertificate(two)), Bytes.EMPTY));
        List<CommitCertificate.Endorsement> dup = new ArrayList<>(two);
        dup.add(two.get(0));
        assertTrue(assertThrows(BlockRejectedException.class,
                () -> v.verify(Blocks.withCertificate(b, new CommitCertificate(dup)), Bytes.EMPTY)).reason().contains("twice"));
        List<CommitCertificate.Endorsement> foreign = new ArrayList<>(two);
        foreign.add(Blocks.endorse(TestChains.ALICE, hash));
        assertTrue(assertThrows(BlockRejectedException.class,
                () -> v.verify(Blocks.withCertificate(b, new CommitCertificate(foreign)), Bytes.EMPTY)).reason()
                .contains("not a committee member"));
        List<CommitCertificate.Endorsement> wrongHash = new ArrayList<>(two);
        wrongHash.add(Blocks.endorse(TestChains.MEMBERS.get(2), flip(hash, 0)));
        assertTrue(assertThrows(BlockRejectedException.class,
                () -> v.verify(Blocks.withCertificate(b, new CommitCertificate(wrongHash)), Bytes.EMPTY)).reason()
                .contains("invalid"));
    }

    @Test
    void storeWithVerifierRefusesAnUncertifiedBlock() {
        Block b = TestChains.chain(1).get(0);
        try (MemoryLedgerStore s = new MemoryLedgerStore(Optional.of(TestChains.verifier()))) {
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                    () -> s.append(Blocks.withCertificate(b, new CommitCertificate(List.of()))));
            assertTrue(e.problem().contains("certificate"), e.getMessage());
            s.append(b);
        }
    }

    @Test
    void codecRoundTripsAndRejectsGarbage() {
        Block b = TestChains.chain(4).get(3);
        byte[] enc = LedgerCodec.encode(b);
        org.junit.jupiter.api.Assertions.assertEquals(b, LedgerCodec.decodeBlock(enc, "test"));
        assertThrows(InvalidArgumentException.class,
                () -> LedgerCodec.decodeBlock(java.util.Arrays.copyOf(enc, enc.length - 1), "test"));
        byte[] longer = java.util.Arrays.copyOf(enc, enc.length + 1);
        assertThrows(InvalidArgumentException.class, () -> LedgerCodec.decodeBlock(longer, "test"));
    }
}

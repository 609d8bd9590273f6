package dev.eet.consensus.ledger;

import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.KeyDirectory;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Verifies blocks. {@link #verifyStructure} needs no keys: previous hash, Merkle root, transaction ids, no
 * duplicate transaction. {@link #verifyProposal} adds every transaction signature and the proposer signature;
 * {@link #verify} adds the commit certificate ({@link CertificateRule}). Every failure is a
 * {@link BlockRejectedException} naming the height.
 *
 * <pre>{@code
 * BlockVerifier v = new BlockVerifier(keys, CertificateRule.quorum(members, 2 * m + 1));
 * v.verify(block, Blocks.hash(previous));
 * }</pre>
 */
public final class BlockVerifier {
    private final KeyDirectory keys;
    private final CertificateRule certificateRule;
    private final VerifiedTransactions verified;

    /**
     * @param keys the public keys of proposers, endorsers and transaction senders
     * @param certificateRule what a sufficient certificate is
     */
    public BlockVerifier(KeyDirectory keys, CertificateRule certificateRule) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.certificateRule = Objects.requireNonNull(certificateRule, "certificateRule");
        this.verified = null;
    }

    private BlockVerifier(KeyDirectory keys, CertificateRule certificateRule, VerifiedTransactions verified) {
        this.keys = keys;
        this.certificateRule = certificateRule;
        this.verified = verified;
    }

    /**
     * A verifier that checks transaction signatures through {@code cache}: a transaction whose exact envelope
     * already verified is not verified again. Every other check is unchanged.
     *
     * @param cache verified transactions; must check against this verifier's key directory
     * @return the verifier
     * @throws IllegalArgumentException if the cache uses another key directory
     */
    public BlockVerifier withCache(VerifiedTransactions cache) {
        if (cache.keys() != keys) {
            throw new IllegalArgumentException("the cache must verify against this verifier's key directory");
        }
        return new BlockVerifier(keys, certificateRule, cache);
    }

    /** @return the key directory */
    public KeyDirectory keys() {
        return keys;
    }

    /**
     * @param block a block
     * @param expectedPreviousHash the hash of the block before it (empty for genesis)
     * @throws BlockRejectedException if the chain link, Merkle root or a transaction id is wrong
     */
    public static void verifyStructure(Block block, Bytes expectedPreviousHash) {
        long h = block.height();
        if (!block.header().previousHash().equals(expectedPreviousHash)) {
            throw new BlockRejectedException(h, "previous hash " + block.header().previousHash().toHex()
                    + " does not match " + (expectedPreviousHash.length() == 0 ? "(genesis: empty)"
                    : expectedPreviousHash.toHex()));
        }
        Set<Bytes> ids = new HashSet<>();
        for (TransactionEnvelope tx : block.transactions()) {
            if (!Transactions.idMatches(tx)) {
                throw new BlockRejectedException(h, "transaction " + tx.id().toHex()
                        + " id does not match the hash of its fields");
            }
            if (!ids.add(tx.id())) {
                throw new BlockRejectedException(h, "transaction " + tx.id().toHex() + " appears twice");
            }
        }
        if (!Blocks.merkleRoot(block.transactions()).equals(block.header().merkleRoot())) {
            throw new BlockRejectedException(h, "Merkle root does not match the transactions");
        }
    }

    /**
     * Everything but the certificate: what a member checks before endorsing a proposal.
     *
     * @param block a proposed block
     * @param expectedPreviousHash hash of the block before it
     * @throws BlockRejectedException on any failure
     */
    public void verifyProposal(Block block, Bytes expectedPreviousHash) {
        verifyStructure(block, expectedPreviousHash);
        if (!Blocks.proposerSignatureValid(block.header(), keys)) {
            throw new BlockRejectedException(block.height(), "proposer signature of " + block.header().proposer()
                    + " is invalid");
        }
        for (TransactionEnvelope tx : block.transactions()) {
            try {
                if (verified != null) {
                    verified.verify(tx);
                } else {
                    Transactions.verify(tx, keys);
                }
            } catch (SignatureRejectedException e) {
                throw new BlockRejectedException(block.height(), e.getMessage());
            }
        }
    }

    /**
     * @param block a committed block
     * @param expectedPreviousHash hash of the block before it
     * @throws BlockRejectedException on any failure, including an insufficient certificate
     */
    public void verify(Block block, Bytes expectedPreviousHash) {
        verifyProposal(block, expectedPreviousHash);
        certificateRule.check(block, Blocks.hash(block.header()), keys);
    }

    /**
     * @param block a committed block
     * @throws BlockRejectedException if its certificate is insufficient
     */
    public void verifyCertificate(Block block) {
        certificateRule.check(block, Blocks.hash(block.header()), keys);
    }
}

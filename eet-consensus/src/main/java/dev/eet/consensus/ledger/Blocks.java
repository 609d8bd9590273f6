package dev.eet.consensus.ledger;

import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.BlockHeader;
import dev.eet.api.consensus.CommitCertificate;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.KeyDirectory;
import dev.eet.consensus.crypto.NodeKeys;
import dev.eet.consensus.crypto.Sha256;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds, hashes, signs and endorses blocks.
 * <ul>
 *   <li>The proposer signs the canonical encoding of {@code "eet-block-v1", height, previousHash, merkleRoot,
 *       timestamp, proposer} ({@link #signingBytes}).</li>
 *   <li>The block hash is SHA-256 over the full header encoding, proposer signature included
 *       ({@link #hash(BlockHeader)}); the next block's {@code previousHash} is this hash.</li>
 *   <li>A commit endorsement is a member's signature of {@code "eet-commit-v1" || blockHash}
 *       ({@link #endorse}); a {@link CommitCertificate} is a list of them.</li>
 * </ul>
 *
 * <pre>{@code
 * Block proposed = Blocks.propose(keys, head.height() + 1, Blocks.hash(head.header()), txs, clock.millis());
 * Bytes h = Blocks.hash(proposed.header());
 * Block committed = Blocks.withCertificate(proposed, new CommitCertificate(List.of(Blocks.endorse(k1, h), ...)));
 * }</pre>
 */
public final class Blocks {
    private static final byte[] COMMIT_DOMAIN = "eet-commit-v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private Blocks() {
    }

    /**
     * @param height height
     * @param previousHash previous block's hash (empty for genesis)
     * @param merkleRoot Merkle root of the transaction ids
     * @param timestamp epoch millis
     * @param proposer the proposer
     * @return the bytes the proposer signs
     */
    public static byte[] signingBytes(long height, Bytes previousHash, Bytes merkleRoot, long timestamp,
                                      NodeId proposer) {
        return new CanonicalWriter(160).writeString("eet-block-v1").writeLong(height).writeBytes(previousHash)
                .writeBytes(merkleRoot).writeLong(timestamp).writeNode(proposer).toByteArray();
    }

    /**
     * @param header a header
     * @return its block hash (SHA-256 of the canonical header encoding, signature included)
     */
    public static Bytes hash(BlockHeader header) {
        CanonicalWriter w = new CanonicalWriter(256);
        LedgerCodec.write(w, header);
        return Sha256.hash(w.toByteArray());
    }

    /**
     * @param block a block
     * @return the hash of its header
     */
    public static Bytes hash(Block block) {
        return hash(block.header());
    }

    /**
     * @param transactions transactions
     * @return the Merkle root of their ids
     */
    public static Bytes merkleRoot(List<TransactionEnvelope> transactions) {
        List<Bytes> ids = new ArrayList<>(transactions.size());
        for (TransactionEnvelope tx : transactions) {
            ids.add(tx.id());
        }
        return MerkleTree.root(ids);
    }

    /**
     * A signed, not yet committed block.
     *
     * @param proposer the proposer's keys
     * @param height the height
     * @param previousHash the previous block's hash (empty for genesis)
     * @param transactions the transactions
     * @param timestamp epoch millis from the proposer's injected clock
     * @return the block with an empty certificate
     */
    public static Block propose(NodeKeys proposer, long height, Bytes previousHash,
                                List<TransactionEnvelope> transactions, long timestamp) {
        Bytes root = merkleRoot(transactions);
        Bytes sig = proposer.sign(signingBytes(height, previousHash, root, timestamp, proposer.node()));
        return new Block(new BlockHeader(height, previousHash, root, timestamp, proposer.node(), sig), transactions,
                new CommitCertificate(List.of()));
    }

    /**
     * @param header a header
     * @param keys known public keys
     * @return whether the proposer's signature is valid
     */
    public static boolean proposerSignatureValid(BlockHeader header, KeyDirectory keys) {
        return keys.verify(header.proposer(), signingBytes(header.height(), header.previousHash(),
                header.merkleRoot(), header.timestamp(), header.proposer()), header.proposerSignature());
    }

    /**
     * @param blockHash the hash being committed
     * @return the bytes a committing member signs
     */
    public static byte[] endorsementBytes(Bytes blockHash) {
        return endorsementBytes(blockHash, 0);
    }

    /**
     * @param blockHash the hash being committed
     * @param round the voting round (0: the same bytes as {@link #endorsementBytes(Bytes)})
     * @return the bytes a committing member signs: domain, hash and, when the round is not 0, the round
     */
    public static byte[] endorsementBytes(Bytes blockHash, long round) {
        byte[] h = blockHash.toArray();
        byte[] out = new byte[COMMIT_DOMAIN.length + h.length + (round == 0 ? 0 : Long.BYTES)];
        System.arraycopy(COMMIT_DOMAIN, 0, out, 0, COMMIT_DOMAIN.length);
        System.arraycopy(h, 0, out, COMMIT_DOMAIN.length, h.length);
        if (round != 0) {
            java.nio.ByteBuffer.wrap(out, COMMIT_DOMAIN.length + h.length, Long.BYTES).putLong(round);
        }
        return out;
    }

    /**
     * @param member the committing member
     * @param blockHash the block hash
     * @param round the voting round
     * @return its endorsement for that round
     */
    public static CommitCertificate.Endorsement endorse(NodeKeys member, Bytes blockHash, long round) {
        return new CommitCertificate.Endorsement(member.node(), member.sign(endorsementBytes(blockHash, round)));
    }

    /**
     * @param keys known keys
     * @param endorsement an endorsement
     * @param blockHash the block hash it should cover
     * @param round the round it should cover
     * @return whether it is valid
     */
    public static boolean endorsementValid(KeyDirectory keys, CommitCertificate.Endorsement endorsement,
                                           Bytes blockHash, long round) {
        return keys.verify(endorsement.node(), endorsementBytes(blockHash, round), endorsement.signature());
    }

    /**
     * @param member the committing member
     * @param blockHash the block hash
     * @return its endorsement
     */
    public static CommitCertificate.Endorsement endorse(NodeKeys member, Bytes blockHash) {
        return new CommitCertificate.Endorsement(member.node(), member.sign(endorsementBytes(blockHash)));
    }

    /**
     * @param keys known keys
     * @param endorsement an endorsement
     * @param blockHash the block hash it should cover
     * @return whether it is valid
     */
    public static boolean endorsementValid(KeyDirectory keys, CommitCertificate.Endorsement endorsement,
                                           Bytes blockHash) {
        return keys.verify(endorsement.node(), endorsementBytes(blockHash), endorsement.signature());
    }

    /**
     * @param block a block
     * @param certificate its commit certificate
     * @return the same block carrying the certificate
     */
    public static Block withCertificate(Block block, CommitCertificate certificate) {
        return new Block(block.header(), block.transactions(), certificate);
    }
}

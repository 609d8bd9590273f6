package dev.eet.consensus.ledger;

import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.BlockHeader;
import dev.eet.api.consensus.CommitCertificate;
import dev.eet.api.consensus.TransactionEnvelope;
import java.util.ArrayList;
import java.util.List;

/**
 * The canonical binary encoding of transactions, headers, certificates and blocks: what the file store writes,
 * what the transports carry, and (for the signed parts) what hashes are computed over. Decoding is strict:
 * {@code decodeX(encodeX(v)).equals(v)} and malformed input fails with a named
 * {@link dev.eet.api.InvalidArgumentException}.
 */
public final class LedgerCodec {
    /** Upper bound on transactions in one block and endorsements in one certificate accepted when decoding. */
    public static final int MAX_COUNT = 1 << 20;

    private LedgerCodec() {
    }

    /** @param w writer @param tx transaction */
    public static void write(CanonicalWriter w, TransactionEnvelope tx) {
        w.writeBytes(tx.id()).writeString(tx.type()).writeBytes(tx.payload()).writeNode(tx.sender())
                .writeLong(tx.nonce()).writeLong(tx.timestamp()).writeBytes(tx.signature());
    }

    /** @param r reader @return the transaction */
    public static TransactionEnvelope readTransaction(CanonicalReader r) {
        return new TransactionEnvelope(r.readBytes("transaction id"), r.readString("transaction type"),
                r.readBytes("transaction payload"), r.readNode("transaction sender"), r.readLong("transaction nonce"),
                r.readLong("transaction timestamp"), r.readBytes("transaction signature"));
    }

    /** @param w writer @param h header (including the proposer signature) */
    public static void write(CanonicalWriter w, BlockHeader h) {
        w.writeLong(h.height()).writeBytes(h.previousHash()).writeBytes(h.merkleRoot()).writeLong(h.timestamp())
                .writeNode(h.proposer()).writeBytes(h.proposerSignature());
    }

    /** @param r reader @return the header */
    public static BlockHeader readHeader(CanonicalReader r) {
        long height = r.readLong("height");
        if (height < 0) {
            throw new dev.eet.api.InvalidArgumentException("block header", "height", "negative: " + height);
        }
        return new BlockHeader(height, r.readBytes("previousHash"), r.readBytes("merkleRoot"), r.readLong("timestamp"),
                r.readNode("proposer"), r.readBytes("proposerSignature"));
    }

    /**
     * Writes a certificate: its size, then each endorsement. A certificate of a round other than 0 is preceded by
     * the marker {@code -1} and the round, so round-0 certificates keep the original encoding.
     *
     * @param w writer
     * @param c certificate
     */
    public static void write(CanonicalWriter w, CommitCertificate c) {
        if (c.round() != 0) {
            w.writeInt(ROUND_MARKER).writeLong(c.round());
        }
        w.writeInt(c.signatures().size());
        for (CommitCertificate.Endorsement e : c.signatures()) {
            w.writeNode(e.node()).writeBytes(e.signature());
        }
    }

    /** @param r reader @return the certificate */
    public static CommitCertificate readCertificate(CanonicalReader r) {
        int first = r.readInt("certificate size");
        long round = 0;
        if (first == ROUND_MARKER) {
            round = r.readLong("certificate round");
            if (round <= 0) {
                throw new dev.eet.api.InvalidArgumentException(r.subject(), "certificate round",
                        "must be positive after the round marker, was " + round);
            }
            first = r.readInt("certificate size");
        }
        if (first < 0 || first > MAX_COUNT) {
            throw new dev.eet.api.InvalidArgumentException(r.subject(), "certificate size",
                    "count " + first + " is outside [0, " + MAX_COUNT + "]");
        }
        List<CommitCertificate.Endorsement> list = new ArrayList<>(first);
        for (int i = 0; i < first; i++) {
            list.add(new CommitCertificate.Endorsement(r.readNode("endorser"), r.readBytes("endorsement")));
        }
        return new CommitCertificate(list, round);
    }

    private static final int ROUND_MARKER = -1;

    /** @param w writer @param b block */
    public static void write(CanonicalWriter w, Block b) {
        write(w, b.header());
        w.writeInt(b.transactions().size());
        for (TransactionEnvelope tx : b.transactions()) {
            write(w, tx);
        }
        write(w, b.certificate());
    }

    /** @param r reader @return the block */
    public static Block readBlock(CanonicalReader r) {
        BlockHeader h = readHeader(r);
        int n = r.readCount("transaction count", MAX_COUNT);
        List<TransactionEnvelope> txs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            txs.add(readTransaction(r));
        }
        return new Block(h, txs, readCertificate(r));
    }

    /** @param b block @return its canonical encoding */
    public static byte[] encode(Block b) {
        CanonicalWriter w = new CanonicalWriter(256 + 256 * b.transactions().size());
        write(w, b);
        return w.toByteArray();
    }

    /**
     * @param bytes an encoded block
     * @param subject what is being decoded, for errors
     * @return the block
     */
    public static Block decodeBlock(byte[] bytes, String subject) {
        CanonicalReader r = new CanonicalReader(bytes, subject);
        Block b = readBlock(r);
        r.expectEnd();
        return b;
    }

    /** @param tx transaction @return its canonical encoding */
    public static byte[] encode(TransactionEnvelope tx) {
        CanonicalWriter w = new CanonicalWriter(256);
        write(w, tx);
        return w.toByteArray();
    }

    /**
     * @param bytes an encoded transaction
     * @return the transaction
     */
    public static TransactionEnvelope decodeTransaction(byte[] bytes) {
        CanonicalReader r = new CanonicalReader(bytes, "transaction");
        TransactionEnvelope tx = readTransaction(r);
        r.expectEnd();
        return tx;
    }
}

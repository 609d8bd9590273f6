package dev.eet.consensus.dpos;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.CommitCertificate;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.ledger.CanonicalReader;
import dev.eet.consensus.ledger.CanonicalWriter;
import dev.eet.consensus.ledger.LedgerCodec;
import java.util.ArrayList;
import java.util.List;

/**
 * The DPoS wire messages, canonically encoded: a frame starts with {@code 'D'} and a kind byte.
 */
public sealed interface DposMessage {
    /** Frame marker. */
    byte MAGIC = 'D';

    /**
     * A signed transaction, gossiped so every delegate can pack it.
     *
     * @param transaction the transaction
     */
    record Submit(TransactionEnvelope transaction) implements DposMessage {
    }

    /**
     * A delegate's block for its slot (no certificate yet).
     *
     * @param block the block
     */
    record Proposal(Block block) implements DposMessage {
    }

    /**
     * A node's endorsement of a valid proposal in one voting round of a height.
     *
     * @param height the block height
     * @param round the voting round at that height (0 first; a node moves on only when the round is provably dead)
     * @param blockHash the block's header hash
     * @param endorsement the node's signature over the hash and round
     */
    record Vote(long height, long round, Bytes blockHash, CommitCertificate.Endorsement endorsement)
            implements DposMessage {
    }

    /**
     * A committed block with its majority certificate, for nodes that missed votes.
     *
     * @param block the block
     */
    record Committed(Block block) implements DposMessage {
    }

    /**
     * A lagging node asks a peer for the committed blocks it lacks (state transfer).
     *
     * @param fromHeight the first height wanted
     */
    record FetchBlocks(long fromHeight) implements DposMessage {
    }

    /**
     * The answer to {@link FetchBlocks}: consecutive committed blocks with their certificates, which the receiver
     * verifies one by one against its own head before applying them.
     *
     * @param blocks the blocks, ascending and consecutive (at most {@link #MAX_RANGE})
     */
    record BlockRange(List<Block> blocks) implements DposMessage {
        /** Copies the list. */
        public BlockRange {
            blocks = List.copyOf(blocks);
        }
    }

    /** The most blocks one {@link BlockRange} carries. */
    int MAX_RANGE = 64;

    /**
     * @param m a message
     * @return its frame
     */
    static Bytes encode(DposMessage m) {
        CanonicalWriter w = new CanonicalWriter(256).writeByte(MAGIC);
        if (m instanceof Submit s) {
            w.writeByte(1);
            LedgerCodec.write(w, s.transaction());
        } else if (m instanceof Proposal p) {
            w.writeByte(2);
            LedgerCodec.write(w, p.block());
        } else if (m instanceof Vote v) {
            w.writeByte(3).writeLong(v.height()).writeLong(v.round()).writeBytes(v.blockHash()).writeNode(v.endorsement().node())
                    .writeBytes(v.endorsement().signature());
        } else if (m instanceof Committed c) {
            w.writeByte(4);
            LedgerCodec.write(w, c.block());
        } else if (m instanceof FetchBlocks f) {
            w.writeByte(5).writeLong(f.fromHeight());
        } else if (m instanceof BlockRange b) {
            w.writeByte(6).writeInt(b.blocks().size());
            for (Block block : b.blocks()) {
                LedgerCodec.write(w, block);
            }
        }
        return Bytes.of(w.toByteArray());
    }

    /**
     * @param frame a received frame
     * @return the message, or null when the frame is not a DPoS frame
     * @throws InvalidArgumentException if it claims to be one but is malformed
     */
    static DposMessage decode(Bytes frame) {
        if (frame.length() < 2 || frame.get(0) != MAGIC) {
            return null;
        }
        CanonicalReader r = new CanonicalReader(frame.toArray(), "dpos message");
        r.readByte("magic");
        int kind = r.readByte("kind");
        DposMessage m = switch (kind) {
            case 1 -> new Submit(LedgerCodec.readTransaction(r));
            case 2 -> new Proposal(LedgerCodec.readBlock(r));
            case 3 -> new Vote(r.readLong("height"), r.readLong("round"), r.readBytes("blockHash"),
                    new CommitCertificate.Endorsement(r.readNode("endorser"), r.readBytes("signature")));
            case 4 -> new Committed(LedgerCodec.readBlock(r));
            case 5 -> new FetchBlocks(r.readLong("fromHeight"));
            case 6 -> {
                int n = r.readCount("blocks", MAX_RANGE);
                List<Block> blocks = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    blocks.add(LedgerCodec.readBlock(r));
                }
                yield new BlockRange(blocks);
            }
            default -> throw new InvalidArgumentException("dpos message", "kind", "unknown kind " + kind);
        };
        r.expectEnd();
        return m;
    }
}

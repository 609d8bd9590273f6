package dev.eet.consensus.pbft;

import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.BlockHeader;
import dev.eet.api.consensus.CommitCertificate;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.KeyDirectory;
import dev.eet.consensus.crypto.NodeKeys;
import dev.eet.consensus.ledger.CanonicalWriter;
import java.util.List;
import java.util.Optional;

/**
 * The PBFT wire messages. Votes and view-change messages carry the sender's Ed25519 signature over
 * {@link Signed#signingBytes()} so that they can be shown to third parties (prepared certificates inside view
 * changes, view changes inside a new-view); the transport additionally authenticates who sent each message.
 */
public sealed interface PbftMessage {

    /** A message with a transferable signature. */
    sealed interface Signed extends PbftMessage {
        /** @return the signer */
        NodeId sender();

        /** @return the signature */
        Bytes signature();

        /** @return the bytes the signature covers */
        byte[] signingBytes();

        /**
         * @param keys known keys
         * @return whether the signature is the sender's
         */
        default boolean signatureValid(KeyDirectory keys) {
            return keys.verify(sender(), signingBytes(), signature());
        }
    }

    /** @param transaction a client transaction forwarded to every member */
    record Request(TransactionEnvelope transaction) implements PbftMessage {
    }

    /**
     * The primary's proposal of {@code block} at height {@code block.height()} in {@code view}.
     *
     * @param view the view
     * @param block the proposed block (its header may be signed by an earlier primary when re-proposed)
     * @param sender the primary
     * @param signature over (view, block hash)
     */
    record PrePrepare(long view, Block block, NodeId sender, Bytes signature) implements Signed {
        @Override
        public byte[] signingBytes() {
            return vote("pre-prepare", view, block.height(), dev.eet.consensus.ledger.Blocks.hash(block), sender);
        }

        /** @return the block hash (digest) */
        public Bytes digest() {
            return dev.eet.consensus.ledger.Blocks.hash(block);
        }

        static PrePrepare sign(NodeKeys k, long view, Block block) {
            PrePrepare u = new PrePrepare(view, block, k.node(), Bytes.EMPTY);
            return new PrePrepare(view, block, k.node(), k.sign(u.signingBytes()));
        }
    }

    /**
     * A member's endorsement of a proposal.
     *
     * @param view view
     * @param height sequence number (block height)
     * @param digest block hash
     * @param sender member
     * @param signature over the fields
     */
    record Prepare(long view, long height, Bytes digest, NodeId sender, Bytes signature) implements Signed {
        @Override
        public byte[] signingBytes() {
            return vote("prepare", view, height, digest, sender);
        }

        static Prepare sign(NodeKeys k, long view, long height, Bytes digest) {
            return new Prepare(view, height, digest, k.node(),
                    k.sign(vote("prepare", view, height, digest, k.node())));
        }
    }

    /**
     * A member's result: it saw q matching prepares. {@code endorsement} is its commit signature over the block
     * hash ({@link dev.eet.consensus.ledger.Blocks#endorse}); q of them form the block's certificate.
     *
     * @param view view
     * @param height block height
     * @param digest block hash
     * @param sender member
     * @param endorsement commit signature over the block hash
     */
    record Commit(long view, long height, Bytes digest, NodeId sender, Bytes endorsement) implements PbftMessage {
    }

    /**
     * @param height checkpointed height
     * @param digest block hash at that height
     * @param sender member
     * @param signature over the fields
     */
    record Checkpoint(long height, Bytes digest, NodeId sender, Bytes signature) implements Signed {
        @Override
        public byte[] signingBytes() {
            return vote("checkpoint", 0, height, digest, sender);
        }
    }

    /**
     * Proof that a block was prepared in a view: the pre-prepare plus q matching prepares.
     *
     * @param prePrepare the proposal
     * @param prepares the matching prepares
     */
    record PreparedCertificate(PrePrepare prePrepare, List<Prepare> prepares) {
        /** Copies the list. */
        public PreparedCertificate {
            prepares = List.copyOf(prepares);
        }
    }

    /**
     * A member's vote to move to {@code newView}, with its committed head (header + certificate, as proof) and
     * its prepared certificate for the next height, if any.
     *
     * @param newView the view asked for
     * @param sender member
     * @param head its committed head header, empty when it has no block
     * @param headCertificate the head's commit certificate
     * @param prepared its prepared certificate above the head
     * @param signature over the fields
     */
    record ViewChange(long newView, NodeId sender, Optional<BlockHeader> head, CommitCertificate headCertificate,
                      Optional<PreparedCertificate> prepared, Bytes signature) implements Signed {
        @Override
        public byte[] signingBytes() {
            CanonicalWriter w = new CanonicalWriter(512);
            PbftCodec.writeViewChangeBody(w, this);
            return w.toByteArray();
        }

        /** @return the committed head height claimed, or -1 */
        public long headHeight() {
            return head.map(BlockHeader::height).orElse(-1L);
        }
    }

    /**
     * The new primary's announcement of {@code view}, justified by q view changes.
     *
     * @param view the new view
     * @param sender the new primary
     * @param viewChanges the justification
     * @param prePrepare the re-proposal (or a fresh proposal) for the next height, if any
     * @param signature over the fields
     */
    record NewView(long view, NodeId sender, List<ViewChange> viewChanges, Optional<PrePrepare> prePrepare,
                   Bytes signature) implements Signed {
        /** Copies the list. */
        public NewView {
            viewChanges = List.copyOf(viewChanges);
        }

        @Override
        public byte[] signingBytes() {
            CanonicalWriter w = new CanonicalWriter(2048);
            PbftCodec.writeNewViewBody(w, this);
            return w.toByteArray();
        }
    }

    /** @param view the view the sender is in; asks for the new-view message that started it */
    record ViewQuery(long view) implements PbftMessage {
    }

    /** @param fromHeight first missing height: asks for committed blocks from there */
    record Fetch(long fromHeight) implements PbftMessage {
    }

    /** @param blocks consecutive committed blocks with certificates */
    record Blocks(List<Block> blocks) implements PbftMessage {
        /** Copies the list. */
        public Blocks {
            blocks = List.copyOf(blocks);
        }
    }

    /** @param block a committed block, as a member's result sent to non-members */
    record Decision(Block block) implements PbftMessage {
    }

    private static byte[] vote(String kind, long view, long height, Bytes digest, NodeId sender) {
        return new CanonicalWriter(96).writeString("eet-pbft-" + kind).writeLong(view).writeLong(height)
                .writeBytes(digest).writeNode(sender).toByteArray();
    }
}

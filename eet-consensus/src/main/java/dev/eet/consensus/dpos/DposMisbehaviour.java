package dev.eet.consensus.dpos;

import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.NodeKeys;
import dev.eet.consensus.ledger.Blocks;
import dev.eet.consensus.ledger.Transactions;
import dev.eet.consensus.sim.Behaviour;
import java.util.ArrayList;
import java.util.List;

/**
 * Byzantine DPoS behaviours for the simulated network ({@link dev.eet.consensus.sim.SimulatedNetwork#setBehaviour}).
 */
public final class DposMisbehaviour {
    private DposMisbehaviour() {
    }

    /**
     * The delegate's proposals carry a transaction with a forged signature; the header is correctly signed with
     * the delegate's own key, so honest nodes can tell the block is the delegate's and that it is invalid.
     *
     * @param keys the misbehaving delegate's keys
     * @return the behaviour
     */
    public static Behaviour invalidBlocks(NodeKeys keys) {
        return (to, message, emit) -> {
            DposMessage m;
            try {
                m = DposMessage.decode(message);
            } catch (RuntimeException e) {
                m = null;
            }
            if (!(m instanceof DposMessage.Proposal p)) {
                emit.accept(to, message);
                return;
            }
            Block honest = p.block();
            TransactionEnvelope real = Transactions.sign(keys, "order", Bytes.of(new byte[] {1, 2, 3}),
                    honest.height(), honest.header().timestamp());
            TransactionEnvelope forged = new TransactionEnvelope(real.id(), real.type(), real.payload(), real.sender(),
                    real.nonce(), real.timestamp(), Bytes.of(new byte[64]));
            List<TransactionEnvelope> txs = new ArrayList<>(honest.transactions());
            txs.add(forged);
            Block bad = Blocks.propose(keys, honest.height(), honest.header().previousHash(), txs,
                    honest.header().timestamp());
            emit.accept(to, DposMessage.encode(new DposMessage.Proposal(bad)));
        };
    }

    /**
     * The delegate equivocates: nodes whose id sorts at an even position among the chain's nodes receive its
     * honest proposal, the others a different, equally valid block for the same height (one millisecond later).
     *
     * @param keys the misbehaving delegate's keys
     * @param settings the chain's settings (for the node order)
     * @return the behaviour
     */
    public static Behaviour equivocate(NodeKeys keys, DposSettings settings) {
        List<dev.eet.api.consensus.NodeId> order = new ArrayList<>(settings.nodes());
        return (to, message, emit) -> {
            DposMessage m;
            try {
                m = DposMessage.decode(message);
            } catch (RuntimeException e) {
                m = null;
            }
            if (!(m instanceof DposMessage.Proposal p) || order.indexOf(to) % 2 == 0) {
                emit.accept(to, message);
                return;
            }
            Block honest = p.block();
            Block twin = Blocks.propose(keys, honest.height(), honest.header().previousHash(), honest.transactions(),
                    honest.header().timestamp() + 1);
            emit.accept(to, DposMessage.encode(new DposMessage.Proposal(twin)));
        };
    }
}

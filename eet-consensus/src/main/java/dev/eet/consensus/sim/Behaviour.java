package dev.eet.consensus.sim;

import dev.eet.api.consensus.NodeId;
import dev.eet.api.value.Bytes;
import java.util.function.BiConsumer;

/**
 * A per-node Byzantine behaviour hook: sees every message the node sends and decides what actually leaves it
 * (nothing, the original, a rewritten message, different messages to different peers). Protocol-aware
 * behaviours (equivocate, wrong digests, vote for invalid blocks) decode the protocol's messages and re-sign
 * with the node's own keys; see {@code dev.eet.consensus.pbft.PbftMisbehaviour}.
 */
@FunctionalInterface
public interface Behaviour {

    /**
     * @param to the intended receiver
     * @param message the message the honest code sent
     * @param emit sends a message to a receiver; may be called zero or more times
     */
    void onSend(NodeId to, Bytes message, BiConsumer<NodeId, Bytes> emit);

    /** @return the honest behaviour: forward unchanged */
    static Behaviour honest() {
        return (to, message, emit) -> emit.accept(to, message);
    }

    /** @return stay silent: nothing the node sends leaves it (it still receives) */
    static Behaviour silent() {
        return (to, message, emit) -> { };
    }
}

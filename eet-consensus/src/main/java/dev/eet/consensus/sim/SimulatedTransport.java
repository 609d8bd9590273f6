package dev.eet.consensus.sim;

import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.Transport;
import dev.eet.api.value.Bytes;
import java.util.Set;
import java.util.TreeSet;

/**
 * One node's {@link Transport} on a {@link SimulatedNetwork}. The sender id the handler sees is the true sender
 * (the simulation authenticates perfectly; Byzantine nodes can lie only about content). Sending to a node that
 * never joined fails with an {@link dev.eet.api.InvalidArgumentException}; sending from a crashed or closed node
 * is silently dropped, as on a real network.
 */
public final class SimulatedTransport implements Transport {
    private final SimulatedNetwork network;
    private final NodeId self;
    private MessageHandler handler = (from, message) -> { };
    private boolean closed;

    SimulatedTransport(SimulatedNetwork network, NodeId self) {
        this.network = network;
        this.self = self;
    }

    @Override
    public NodeId self() {
        return self;
    }

    @Override
    public Set<NodeId> peers() {
        Set<NodeId> p = new TreeSet<>(network.nodes());
        p.remove(self);
        return p;
    }

    @Override
    public void send(NodeId to, Bytes message) {
        network.send(self, to, message);
    }

    @Override
    public void onMessage(MessageHandler h) {
        this.handler = h;
    }

    void deliver(NodeId from, Bytes message) {
        handler.onMessage(from, message);
    }

    boolean closed() {
        return closed;
    }

    /** Re-opens a closed transport (a restarted node re-creating its protocol). */
    public void reopen() {
        closed = false;
    }

    @Override
    public void close() {
        closed = true;
    }
}

package dev.eet.api.consensus;

import dev.eet.api.value.Bytes;
import java.util.Set;

/**
 * Moves opaque messages between authenticated nodes. Delivery is best effort: messages may be lost, delayed,
 * duplicated or reordered, and protocols must cope.
 */
public interface Transport extends AutoCloseable {

    /** @return this node's id */
    NodeId self();

    /** @return the peers this transport knows */
    Set<NodeId> peers();

    /**
     * Sends a message; returns without waiting for delivery.
     *
     * @param to the receiver
     * @param message the message bytes
     */
    void send(NodeId to, Bytes message);

    /**
     * Registers the single receiver of incoming messages.
     *
     * @param handler called with the authenticated sender and the message
     */
    void onMessage(MessageHandler handler);

    /** Stops sending and receiving. */
    @Override
    void close();

    /** Receives messages. */
    @FunctionalInterface
    interface MessageHandler {
        /**
         * @param from the authenticated sender
         * @param message the message bytes
         */
        void onMessage(NodeId from, Bytes message);
    }
}

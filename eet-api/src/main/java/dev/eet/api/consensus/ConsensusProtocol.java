package dev.eet.api.consensus;

import java.util.function.Consumer;

/**
 * Orders and commits transactions into blocks on every honest node. Never commits two different blocks at one
 * height.
 */
public interface ConsensusProtocol extends AutoCloseable {

    /** @return the protocol's stable name, e.g. {@code "pbft"} or {@code "dpos"} */
    String name();

    /** Starts participating. */
    void start();

    /**
     * Submits a signed transaction for ordering.
     *
     * @param transaction the transaction; its signature is verified before it is accepted
     */
    void submit(TransactionEnvelope transaction);

    /**
     * @param listener called once per committed block, in height order
     */
    void onCommit(Consumer<Block> listener);

    /** @return the height of the last block this node committed, or -1 */
    long committedHeight();

    /** Stops participating and releases resources. */
    @Override
    void close();
}

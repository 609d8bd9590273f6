package dev.eet.consensus.harness;

import dev.eet.api.consensus.LedgerStore;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.consensus.crypto.NodeKeys;
import dev.eet.consensus.ledger.BlockVerifier;
import dev.eet.consensus.sim.SimulatedNetwork;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A protocol deployment on a {@link SimulatedNetwork} that {@link FaultHarness} can drive. Implement it once
 * per protocol (PBFT: {@link PbftCluster}; DPoS: in its own package) and the harness supplies seeds, faults,
 * safety and liveness checks.
 */
public interface SimulatedCluster {

    /** @return the network every node runs on (the harness advances it) */
    SimulatedNetwork network();

    /** @return the protocol nodes, sorted */
    List<NodeId> nodes();

    /** @return how many nodes may be faulty (crashed, partitioned away or Byzantine) at the same time */
    int tolerated();

    /** @return the client key that signs the harness's transactions (known to every node's key directory) */
    NodeKeys client();

    /**
     * Turns a node Byzantine before {@link #start()} (the cluster chooses how, e.g. from the random generator).
     *
     * @param node the node
     * @param random the harness's generator
     * @return a short description, e.g. {@code "n2: EQUIVOCATE"}
     */
    String makeByzantine(NodeId node, SplittableRandom random);

    /** Starts every node. */
    void start();

    /**
     * @param via an up node
     * @param transaction a signed transaction
     */
    void submit(NodeId via, TransactionEnvelope transaction);

    /**
     * Crashes a node: the network drops its timers and traffic, its in-memory protocol state is discarded, its
     * durable store is kept (closed if it is a file).
     *
     * @param node the node
     */
    void crash(NodeId node);

    /**
     * Restarts a crashed node from its durable store.
     *
     * @param node the node
     */
    void restart(NodeId node);

    /**
     * @param node a node
     * @return its current ledger store (after a restart, the re-opened one)
     */
    LedgerStore store(NodeId node);

    /** @return verifies every committed block (signatures and certificate) */
    BlockVerifier verifier();

    /**
     * @param node a node
     * @return its protocol state in one line, for failure reports
     */
    default String describe(NodeId node) {
        return "";
    }

    /** Releases files. */
    default void close() {
    }
}

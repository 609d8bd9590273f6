package dev.eet.consensus.dag;

import dev.eet.api.consensus.Candidate;
import dev.eet.api.consensus.ElectionPolicy;
import dev.eet.api.consensus.ElectionPolicyProvider;
import dev.eet.api.consensus.ElectionResult;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.consensus.crypto.KeyDirectory;
import dev.eet.consensus.crypto.NodeKeys;
import dev.eet.consensus.sim.SimulatedNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A DAG ledger of n nodes ({@code n0..n(n-1)}) on a {@link SimulatedNetwork}, for {@link DagHarness} (the chain
 * harness {@code FaultHarness} checks {@code LedgerStore} heights, which a DAG has not). Delegates are elected once
 * by the {@code fdpos} policy (its default VES parameters, threshold 0) from seeded candidate attributes
 * ({@code compute} 1..100, {@code tokenGrowth} 1..10, {@code votes} 1..1000): D = n if n is odd, else n - 1, so one
 * node of an even cluster is not a delegate. Stores ({@link DagStore}) are in memory and survive simulated crashes.
 *
 * <p>Tolerated faults: {@code f = floor((D - 1) / 3)} nodes crashed, cut off or Byzantine at once (a vertex needs
 * {@link DagLedger#quorum(int)} delegate confirmations). Byzantine nodes follow a {@link DagMisbehaviour}.
 */
public final class DagCluster {
    private final long seed;
    private final SimulatedNetwork network;
    private final DagOptions options;
    private final KeyDirectory directory;
    private final ElectionResult election;
    private final NodeKeys client;
    private final Map<NodeId, NodeKeys> keys = new TreeMap<>();
    private final Map<NodeId, DagStore> stores = new TreeMap<>();
    private final Map<NodeId, DagNode> running = new TreeMap<>();
    private final Map<NodeId, DagMisbehaviour> byzantine = new TreeMap<>();

    private DagCluster(long seed, int n, DagOptions options) {
        if (n < 1) {
            throw new dev.eet.api.InvalidArgumentException("dag cluster", "nodes", "must be at least 1, was " + n);
        }
        this.seed = seed;
        this.options = options;
        network = new SimulatedNetwork(seed);
        SplittableRandom r = new SplittableRandom(seed);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            NodeId id = NodeId.of("n" + i);
            keys.put(id, NodeKeys.derive(id, seed));
            candidates.add(new Candidate(id, Config.builder(id.value()).put("compute", 1 + r.nextInt(100))
                    .put("tokenGrowth", 1 + r.nextInt(10)).put("votes", 1 + r.nextInt(1000)).build()));
        }
        client = NodeKeys.derive(NodeId.of("client"), seed);
        ElectionPolicy fdpos = ProviderRegistry.load(ElectionPolicyProvider.class).get("fdpos")
                .create(Config.builder("fdpos").seed(seed).build());
        int delegates = n % 2 == 1 ? n : n - 1;
        election = fdpos.elect(candidates, delegates, n - delegates);
        List<NodeKeys> all = new ArrayList<>(keys.values());
        all.add(client);
        directory = KeyDirectory.of(all);
        for (NodeId id : keys.keySet()) {
            network.join(id);
            stores.put(id, new DagStore());
        }
    }

    /**
     * @param seed the seed (network, keys, election attributes, tips selection)
     * @param n nodes (at least 2 for an even count to keep a delegate)
     * @return the cluster, not started
     */
    public static DagCluster create(long seed, int n) {
        return new DagCluster(seed, n, DagOptions.DEFAULTS);
    }

    /**
     * @param seed the seed
     * @param n nodes
     * @param options node tunables
     * @return the cluster, not started
     */
    public static DagCluster create(long seed, int n, DagOptions options) {
        return new DagCluster(seed, n, options);
    }

    /** @return the network */
    public SimulatedNetwork network() {
        return network;
    }

    /** @return the node ids, sorted */
    public List<NodeId> nodes() {
        return List.copyOf(keys.keySet());
    }

    /** @return the fdpos election (delegates sorted by score) */
    public ElectionResult election() {
        return election;
    }

    /** @return the delegates, sorted by id */
    public Set<NodeId> delegates() {
        return new TreeSet<>(election.delegates());
    }

    /** @return faulty nodes tolerated at once */
    public int tolerated() {
        return DagLedger.tolerated(election.delegates().size());
    }

    /** @return the client whose transactions the harness submits */
    public NodeKeys client() {
        return client;
    }

    /** @return every known public key */
    public KeyDirectory directory() {
        return directory;
    }

    /**
     * Makes a node Byzantine before {@link #start()}.
     *
     * @param node the node
     * @param behaviour what it does
     */
    public void makeByzantine(NodeId node, DagMisbehaviour behaviour) {
        byzantine.put(node, behaviour);
    }

    /** Starts every node. */
    public void start() {
        for (NodeId id : keys.keySet()) {
            launch(id);
        }
    }

    private void launch(NodeId id) {
        DagNode node = new DagNode(keys.get(id), directory, delegates(), network.join(id), network.scheduler(id),
                stores.get(id), options, seed, Optional.ofNullable(byzantine.get(id)));
        running.put(id, node);
        node.start();
    }

    /**
     * @param via an up node (ignored if crashed)
     * @param tx a signed transaction
     */
    public void submit(NodeId via, TransactionEnvelope tx) {
        DagNode n = running.get(via);
        if (n != null) {
            n.submit(tx);
        }
    }

    /** @param node crashes it: timers and traffic dropped, in-memory state discarded, store kept */
    public void crash(NodeId node) {
        network.crash(node);
        DagNode n = running.remove(node);
        if (n != null) {
            n.close();
        }
    }

    /** @param node restarts it from its store */
    public void restart(NodeId node) {
        network.restart(node);
        launch(node);
    }

    /**
     * @param node a node
     * @return its running instance, or empty while crashed
     */
    public Optional<DagNode> node(NodeId node) {
        return Optional.ofNullable(running.get(node));
    }

    /**
     * @param node a node
     * @return its ledger: the running node's, or (while crashed) one replayed from its store
     */
    public DagLedger ledger(NodeId node) {
        DagNode n = running.get(node);
        return n != null ? n.ledger() : DagLedger.replay(directory, delegates(), stores.get(node));
    }

    /**
     * @param node a node
     * @return whether it is running
     */
    public boolean isUp(NodeId node) {
        return running.containsKey(node);
    }

    /**
     * @param node a node
     * @return one-line state
     */
    public String describe(NodeId node) {
        DagNode n = running.get(node);
        return n == null ? node + " (crashed)" : n.describe();
    }
}

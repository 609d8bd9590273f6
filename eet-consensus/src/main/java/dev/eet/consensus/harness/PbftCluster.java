package dev.eet.consensus.harness;

import dev.eet.api.consensus.LedgerStore;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.consensus.crypto.KeyDirectory;
import dev.eet.consensus.crypto.NodeKeys;
import dev.eet.consensus.ledger.BlockVerifier;
import dev.eet.consensus.ledger.FileLedgerStore;
import dev.eet.consensus.ledger.MemoryLedgerStore;
import dev.eet.consensus.pbft.PbftGroup;
import dev.eet.consensus.pbft.PbftMisbehaviour;
import dev.eet.consensus.pbft.PbftOptions;
import dev.eet.consensus.pbft.PbftReplica;
import dev.eet.consensus.sim.SimulatedNetwork;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A PBFT group of n members ({@code n0..n(n-1)}) on a {@link SimulatedNetwork}, for the {@link FaultHarness}.
 * Stores are in memory (kept across simulated crashes, as a disk would be) or, with a directory, real
 * {@link FileLedgerStore}s that are closed on crash and re-opened (re-verified) on restart.
 */
public final class PbftCluster implements SimulatedCluster {
    /**
     * The options the harness runs members with (the CI suite and {@code eet simulate}): blocks of at most 4
     * transactions cut after 20 ms, view timeout 300 ms, a checkpoint every 4 heights, so that short runs go
     * through many heights, view changes and checkpoints.
     */
    public static final PbftOptions HARNESS_OPTIONS = PbftOptions.DEFAULTS.withBatching(4, java.time.Duration.ofMillis(20))
            .withViewTimeout(java.time.Duration.ofMillis(300)).withCheckpointInterval(4);

    private final SimulatedNetwork network;
    private final PbftGroup group;
    private final Map<NodeId, NodeKeys> keys = new HashMap<>();
    private final Map<NodeId, LedgerStore> stores = new HashMap<>();
    private final Map<NodeId, PbftReplica> replicas = new HashMap<>();
    private final Map<NodeId, PbftOptions> options = new HashMap<>();
    private final NodeKeys client;
    private final Optional<Path> directory;

    private PbftCluster(long seed, int n, PbftOptions base, Optional<Path> directory) {
        this.network = new SimulatedNetwork(seed);
        this.directory = directory;
        List<NodeKeys> all = new ArrayList<>();
        List<NodeId> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            NodeKeys k = NodeKeys.derive(NodeId.of("n" + i), seed);
            keys.put(k.node(), k);
            members.add(k.node());
            all.add(k);
        }
        client = NodeKeys.derive(NodeId.of("client"), seed);
        all.add(client);
        group = new PbftGroup(members, Set.of(), KeyDirectory.of(all));
        for (NodeId m : members) {
            network.join(m);
            options.put(m, base);
            stores.put(m, openStore(m));
        }
    }

    /**
     * @param seed the run seed
     * @param n group size
     * @param options options of every member
     * @return a cluster with in-memory stores
     */
    public static PbftCluster create(long seed, int n, PbftOptions options) {
        return new PbftCluster(seed, n, options, Optional.empty());
    }

    /**
     * @param seed the run seed
     * @param n group size
     * @param options options of every member
     * @param directory where each member's ledger file lives
     * @return a cluster with file stores
     */
    public static PbftCluster withFileStores(long seed, int n, PbftOptions options, Path directory) {
        return new PbftCluster(seed, n, options, Optional.of(directory));
    }

    private LedgerStore openStore(NodeId m) {
        return directory.<LedgerStore>map(d -> FileLedgerStore.open(d.resolve(m.value() + ".ledger"),
                Optional.of(group.verifier()))).orElseGet(MemoryLedgerStore::new);
    }

    /** @return the group */
    public PbftGroup group() {
        return group;
    }

    /**
     * @param node a member
     * @return its running replica (null while crashed)
     */
    public PbftReplica replica(NodeId node) {
        return replicas.get(node);
    }

    @Override
    public SimulatedNetwork network() {
        return network;
    }

    @Override
    public List<NodeId> nodes() {
        return group.members();
    }

    @Override
    public int tolerated() {
        return group.tolerated();
    }

    @Override
    public NodeKeys client() {
        return client;
    }

    @Override
    public String makeByzantine(NodeId node, SplittableRandom random) {
        PbftMisbehaviour[] all = PbftMisbehaviour.values();
        PbftMisbehaviour m = all[random.nextInt(all.length)];
        return makeByzantine(node, m);
    }

    /**
     * @param node a member
     * @param m the misbehaviour
     * @return a description
     */
    public String makeByzantine(NodeId node, PbftMisbehaviour m) {
        options.put(node, options.get(node).withMisbehaviours(EnumSet.of(m)));
        return node + ": " + m;
    }

    @Override
    public void start() {
        for (NodeId m : group.members()) {
            launch(m);
        }
    }

    private void launch(NodeId m) {
        PbftReplica r = new PbftReplica(group, keys.get(m), network.join(m), network.scheduler(m), stores.get(m),
                options.get(m));
        replicas.put(m, r);
        r.start();
    }

    @Override
    public void submit(NodeId via, TransactionEnvelope transaction) {
        PbftReplica r = replicas.get(via);
        if (r != null) {
            r.submit(transaction);
        }
    }

    @Override
    public void crash(NodeId node) {
        network.crash(node);
        PbftReplica r = replicas.remove(node);
        if (r != null) {
            r.close();
        }
        if (directory.isPresent()) {
            // the process dies; its file stays. Re-opening runs recovery and re-verifies the whole chain.
            stores.get(node).close();
            stores.put(node, openStore(node));
        }
    }

    @Override
    public void restart(NodeId node) {
        network.restart(node);
        launch(node);
    }

    @Override
    public LedgerStore store(NodeId node) {
        return stores.get(node);
    }

    @Override
    public BlockVerifier verifier() {
        return group.verifier();
    }

    @Override
    public String describe(NodeId node) {
        PbftReplica r = replicas.get(node);
        return r == null ? "(crashed)" : r.toString();
    }

    @Override
    public void close() {
        stores.values().forEach(LedgerStore::close);
    }
}

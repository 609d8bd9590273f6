package dev.eet.consensus.harness;

import dev.eet.api.consensus.Candidate;
import dev.eet.api.consensus.ElectionPolicy;
import dev.eet.api.consensus.ElectionPolicyProvider;
import dev.eet.api.consensus.ElectionResult;
import dev.eet.api.consensus.LedgerStore;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.consensus.crypto.KeyDirectory;
import dev.eet.consensus.crypto.NodeKeys;
import dev.eet.consensus.dpos.DposMisbehaviour;
import dev.eet.consensus.dpos.DposNode;
import dev.eet.consensus.dpos.DposSettings;
import dev.eet.consensus.ledger.BlockVerifier;
import dev.eet.consensus.ledger.CertificateRule;
import dev.eet.consensus.ledger.MemoryLedgerStore;
import dev.eet.consensus.sim.SimulatedNetwork;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A DPoS chain of n nodes ({@code n0..n(n-1)}) on a {@link SimulatedNetwork}, for the {@link FaultHarness}.
 * Delegates come from an election policy chosen by provider name (default {@code stake}, node {@code ni} with
 * stake {@code 10 * (n - i)}): {@code min(3, n)} delegates, every other node a standby. Stores and vote journals
 * are in memory and survive simulated crashes. The cluster plays the operator: an honest delegate evicted for a missed slot (it
 * crashed, was cut off or lost its messages) is re-admitted with a signed {@code dpos-readmit} transaction, as an
 * operator would after checking it, so that faults do not drain the delegate roster; Byzantine delegates stay
 * evicted.
 *
 * <p>Tolerated faults: a block needs endorsements from more than half of the nodes, so the chain is live while a
 * majority is up and connected: {@code floor((n-1)/2)} nodes may be crashed, cut off or Byzantine at once.
 * Byzantine nodes are delegates that equivocate (two blocks for one slot) or propose invalid blocks.
 */
public final class DposCluster implements SimulatedCluster {
    /** Slot length of the harness's chains. */
    public static final Duration SLOT = Duration.ofMillis(100);

    private final SimulatedNetwork network;
    private final DposSettings settings;
    private final KeyDirectory directory;
    private final ElectionResult election;
    private final NodeKeys operator;
    private final NodeKeys client;
    private final Map<NodeId, NodeKeys> keys = new TreeMap<>();
    private final Map<NodeId, LedgerStore> stores = new TreeMap<>();
    private final Map<NodeId, DposNode> running = new TreeMap<>();
    private final Map<NodeId, dev.eet.consensus.dpos.VoteJournal> journals = new TreeMap<>();
    private long operatorNonce;
    private final java.util.Set<NodeId> byzantine = new TreeSet<>();
    private final Map<NodeId, Long> readmissionAsked = new TreeMap<>();

    private DposCluster(long seed, int n, String policy) {
        network = new SimulatedNetwork(seed);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            NodeId id = NodeId.of("n" + i);
            keys.put(id, NodeKeys.derive(id, seed));
            candidates.add(new Candidate(id, Config.builder(id.value()).put("stake", 10L * (n - i)).build()));
        }
        operator = NodeKeys.derive(NodeId.of("operator"), seed);
        client = NodeKeys.derive(NodeId.of("client"), seed);
        ElectionPolicy p = ProviderRegistry.load(ElectionPolicyProvider.class).get(policy)
                .create(Config.builder(policy).build());
        int delegates = Math.min(3, n);
        election = p.elect(candidates, delegates, n - delegates);
        List<NodeKeys> all = new ArrayList<>(keys.values());
        all.add(operator);
        all.add(client);
        directory = KeyDirectory.of(all);
        settings = new DposSettings(new TreeSet<>(keys.keySet()), operator.node(),
                SimulatedNetwork.EPOCH.plusMillis(50), SLOT, 100);
        for (NodeId id : keys.keySet()) {
            network.join(id);
            stores.put(id, new MemoryLedgerStore());
            journals.put(id, dev.eet.consensus.dpos.VoteJournal.inMemory());   // survives crashes, like the store
        }
    }

    /**
     * @param seed the run seed
     * @param n node count, at least 1
     * @return a chain with stake-elected delegates
     */
    public static DposCluster create(long seed, int n) {
        return create(seed, n, "stake");
    }

    /**
     * @param seed the run seed
     * @param n node count, at least 1
     * @param policy the election policy's provider name (its attributes: {@code stake}; other policies must
     *               accept candidates carrying only that attribute or fail with their own error)
     * @return a chain
     */
    public static DposCluster create(long seed, int n, String policy) {
        return new DposCluster(seed, n, policy);
    }

    /** @return the chain's settings */
    public DposSettings settings() {
        return settings;
    }

    /** @return the election that chose the delegates */
    public ElectionResult election() {
        return election;
    }

    /**
     * @param node a node
     * @return its running protocol node, or null while crashed
     */
    public DposNode node(NodeId node) {
        return running.get(node);
    }

    @Override
    public SimulatedNetwork network() {
        return network;
    }

    @Override
    public List<NodeId> nodes() {
        return List.copyOf(keys.keySet());
    }

    @Override
    public int tolerated() {
        return (keys.size() - 1) / 2;
    }

    @Override
    public NodeKeys client() {
        return client;
    }

    @Override
    public String makeByzantine(NodeId node, SplittableRandom random) {
        byzantine.add(node);
        boolean equivocate = random.nextBoolean();
        network.setBehaviour(node, equivocate ? DposMisbehaviour.equivocate(keys.get(node), settings)
                : DposMisbehaviour.invalidBlocks(keys.get(node)));
        return node + ": " + (equivocate ? "EQUIVOCATE" : "INVALID_BLOCKS");
    }

    @Override
    public void start() {
        for (NodeId id : keys.keySet()) {
            launch(id);
        }
    }

    private void launch(NodeId id) {
        DposNode node = new DposNode(settings, keys.get(id), directory, network.join(id), network.scheduler(id),
                stores.get(id), election, journals.get(id));
        running.put(id, node);
        node.onEviction((evicted, reason) -> readmit(node, evicted));
        node.onReadmission(readmissionAsked::remove);
        node.start();
    }

    /** The operator re-admits an evicted honest delegate (again after 10 slots if the first request was lost). */
    private void readmit(DposNode via, NodeId evicted) {
        if (byzantine.contains(evicted)) {
            return;
        }
        long now = network.clock().millis();
        Long asked = readmissionAsked.get(evicted);
        if (asked != null && now - asked < 10 * SLOT.toMillis()) {
            return;
        }
        readmissionAsked.put(evicted, now);
        via.submit(DposNode.readmission(operator, evicted, operatorNonce++, now));
    }

    @Override
    public void submit(NodeId via, TransactionEnvelope transaction) {
        DposNode node = running.get(via);
        if (node != null) {
            node.submit(transaction);
        }
    }

    @Override
    public void crash(NodeId node) {
        network.crash(node);
        DposNode n = running.remove(node);
        if (n != null) {
            n.close();
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
        return new BlockVerifier(directory, CertificateRule.quorum(settings.nodes(), settings.quorum()));
    }

    @Override
    public String describe(NodeId node) {
        DposNode n = running.get(node);
        return n == null ? "(crashed)" : "[" + n.describe() + "]";
    }
}

package dev.eet.tck.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.BlockHeader;
import dev.eet.api.consensus.ConsensusProtocol;
import dev.eet.api.consensus.ConsensusProtocolProvider;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.spi.ProviderRegistry;
import dev.eet.api.value.Bytes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Conformance kit for {@link ConsensusProtocol} implementations (consensus.md): the protocol is found by its
 * provider name; every transaction submitted to any member commits on every member exactly once; blocks arrive in
 * height order without gaps and {@link ConsensusProtocol#committedHeight()} follows them; no two members commit
 * different blocks at one height; a forged or tampered transaction is never committed; closing twice is harmless.
 * A protocol's test supplies a {@link Cluster} of members that know each other (over TCP, a simulated network or
 * whatever the protocol runs on):
 *
 * <pre>{@code
 * class PbftConformanceTest extends ConsensusProtocolConformanceKit {
 *     protected String providerName() { return "pbft"; }
 *     protected Cluster createCluster(int members) { return new TcpPbftCluster(members); }
 * }
 * }</pre>
 *
 * Listeners may be called from any thread; the kit only uses thread-safe collections. Blocks are compared by
 * header: members may hold different (equally valid) commit certificates for one block.
 */
public abstract class ConsensusProtocolConformanceKit {

    /** Members of one deployment, created but not started, plus the transactions a client may submit. */
    public interface Cluster extends AutoCloseable {
        /** @return the members, not yet started */
        List<ConsensusProtocol> members();

        /**
         * @param i any index
         * @return a transaction signed by a sender every member accepts; distinct indexes give distinct ids
         */
        TransactionEnvelope transaction(int i);

        /**
         * Lets the deployment run (real waiting, or virtual time for a simulation) until the condition holds or
         * the limit passes.
         *
         * @param condition the goal
         * @param limit the most time to wait
         * @return whether the condition holds
         */
        boolean await(BooleanSupplier condition, Duration limit);

        /** Closes every member and releases files and ports. */
        @Override
        void close();
    }

    /** @return the provider name the protocol is registered under, e.g. {@code "pbft"} */
    protected abstract String providerName();

    /**
     * @param members how many members
     * @return a fresh deployment with empty ledgers
     */
    protected abstract Cluster createCluster(int members);

    /** @return the deployment size the example tests use (default 4) */
    protected int members() {
        return 4;
    }

    /** @return how long to wait for commits (default 60 s) */
    protected Duration patience() {
        return Duration.ofSeconds(60);
    }

    /** What one member delivered to its commit listener, in delivery order. */
    private static final class Delivered {
        final List<Block> blocks = new CopyOnWriteArrayList<>();

        Set<Bytes> ids() {
            Set<Bytes> ids = ConcurrentHashMap.newKeySet();
            for (Block b : blocks) {
                for (TransactionEnvelope t : b.transactions()) {
                    ids.add(t.id());
                }
            }
            return ids;
        }

        List<Bytes> idList() {
            List<Bytes> ids = new ArrayList<>();
            blocks.forEach(b -> b.transactions().forEach(t -> ids.add(t.id())));
            return ids;
        }
    }

    private static List<Delivered> startAll(Cluster c) {
        List<Delivered> out = new ArrayList<>();
        for (ConsensusProtocol p : c.members()) {
            Delivered d = new Delivered();
            p.onCommit(d.blocks::add);
            out.add(d);
        }
        c.members().forEach(ConsensusProtocol::start);
        return out;
    }

    private boolean everyoneHas(Cluster c, List<Delivered> delivered, Set<Bytes> ids) {
        return c.await(() -> delivered.stream().allMatch(d -> d.ids().containsAll(ids)), patience());
    }

    private static void assertChainsAgree(List<Delivered> delivered) {
        Map<Long, BlockHeader> byHeight = new HashMap<>();
        for (int m = 0; m < delivered.size(); m++) {
            long expected = -1;
            for (Block b : delivered.get(m).blocks) {
                BlockHeader h = b.header();
                assertTrue(h.height() > expected, "member " + m + " delivered height " + h.height() + " after "
                        + expected);
                BlockHeader first = byHeight.putIfAbsent(h.height(), h);
                if (first != null) {
                    assertEquals(first, h, "two members committed different blocks at height " + h.height());
                }
                expected = h.height();
            }
        }
    }

    private static void assertExactlyOnce(List<Delivered> delivered, Set<Bytes> ids) {
        for (int m = 0; m < delivered.size(); m++) {
            List<Bytes> all = delivered.get(m).idList();
            for (Bytes id : ids) {
                assertEquals(1, all.stream().filter(id::equals).count(), "member " + m + " committed transaction "
                        + id + " exactly once");
            }
        }
    }

    /** Submitting a forged transaction may be refused with an exception or ignored; it must never commit. */
    private static void submitQuietly(ConsensusProtocol p, TransactionEnvelope t) {
        try {
            p.submit(t);
        } catch (RuntimeException refused) {
            // refusing at the door is one of the two allowed answers
        }
    }

    /** Discovery and naming. */
    @Nested
    public class Naming {
        /** The provider is found by its stable name and its protocols say that name. */
        @Test
        public void theProviderIsFoundByNameAndTheProtocolSaysIt() {
            assertTrue(ProviderRegistry.load(ConsensusProtocolProvider.class).names().contains(providerName()),
                    "a ConsensusProtocolProvider named '" + providerName() + "' is on the class path");
            try (Cluster c = createCluster(members())) {
                for (ConsensusProtocol p : c.members()) {
                    assertEquals(providerName(), p.name());
                }
            }
        }

        /** A fresh member has committed nothing. */
        @Test
        public void aFreshMemberHasCommittedNothing() {
            try (Cluster c = createCluster(members())) {
                for (ConsensusProtocol p : c.members()) {
                    assertEquals(-1, p.committedHeight(), "committed height of a fresh member");
                }
            }
        }
    }

    /** Commits: everything once, everywhere, in order. */
    @Nested
    public class Commits {
        /** Transactions sent to different members commit on all of them, once, in height order. */
        @Test
        public void everyTransactionCommitsOnEveryMemberExactlyOnce() {
            try (Cluster c = createCluster(members())) {
                List<Delivered> delivered = startAll(c);
                Set<Bytes> ids = new LinkedHashSet<>();
                for (int i = 0; i < 12; i++) {
                    TransactionEnvelope t = c.transaction(i);
                    ids.add(t.id());
                    c.members().get(i % c.members().size()).submit(t);
                }
                assertTrue(everyoneHas(c, delivered, ids), "every member committed all 12 transactions");
                assertExactlyOnce(delivered, ids);
                assertChainsAgree(delivered);
                for (int m = 0; m < delivered.size(); m++) {
                    List<Block> blocks = delivered.get(m).blocks;
                    long last = blocks.get(blocks.size() - 1).header().height();
                    assertTrue(c.members().get(m).committedHeight() >= last, "member " + m
                            + "'s committed height follows its delivered blocks");
                }
            }
        }

        /** The same transaction submitted to two members still commits once. */
        @Test
        public void aTransactionSubmittedTwiceCommitsOnce() {
            try (Cluster c = createCluster(members())) {
                List<Delivered> delivered = startAll(c);
                TransactionEnvelope t = c.transaction(7);
                TransactionEnvelope u = c.transaction(8);
                c.members().get(0).submit(t);
                c.members().get(c.members().size() - 1).submit(t);
                c.members().get(0).submit(u);
                assertTrue(everyoneHas(c, delivered, Set.of(t.id(), u.id())), "both transactions committed");
                assertExactlyOnce(delivered, Set.of(t.id(), u.id()));
            }
        }

        /** Delivered heights increase without gaps from 0 on every member. */
        @Test
        public void heightsStartAtZeroWithoutGaps() {
            try (Cluster c = createCluster(members())) {
                List<Delivered> delivered = startAll(c);
                Set<Bytes> ids = new LinkedHashSet<>();
                for (int i = 0; i < 5; i++) {
                    TransactionEnvelope t = c.transaction(100 + i);
                    ids.add(t.id());
                    c.members().get(0).submit(t);
                }
                assertTrue(everyoneHas(c, delivered, ids), "committed");
                for (int m = 0; m < delivered.size(); m++) {
                    long expected = 0;
                    for (Block b : delivered.get(m).blocks) {
                        assertEquals(expected++, b.header().height(), "member " + m + " delivered heights in order");
                    }
                }
            }
        }
    }

    /** Security checks: nothing unsigned or altered commits. */
    @Nested
    public class Security {
        /** A transaction whose signature was altered never commits; valid ones around it do. */
        @Test
        public void aForgedSignatureNeverCommits() {
            try (Cluster c = createCluster(members())) {
                List<Delivered> delivered = startAll(c);
                TransactionEnvelope genuine = c.transaction(1_000);
                byte[] sig = genuine.signature().toArray();
                sig[sig.length / 2] ^= 0x5A;
                TransactionEnvelope forged = new TransactionEnvelope(genuine.id(), genuine.type(), genuine.payload(),
                        genuine.sender(), genuine.nonce(), genuine.timestamp(), Bytes.of(sig));
                submitQuietly(c.members().get(0), forged);
                TransactionEnvelope after = c.transaction(1_001);
                c.members().get(0).submit(after);
                assertTrue(everyoneHas(c, delivered, Set.of(after.id())), "the valid transaction committed");
                for (int m = 0; m < delivered.size(); m++) {
                    assertFalse(delivered.get(m).ids().contains(forged.id()), "member " + m
                            + " committed a transaction with a forged signature");
                }
            }
        }

        /** A signed transaction whose payload was changed afterwards never commits. */
        @Test
        public void aTamperedPayloadNeverCommits() {
            try (Cluster c = createCluster(members())) {
                List<Delivered> delivered = startAll(c);
                TransactionEnvelope genuine = c.transaction(2_000);
                byte[] payload = genuine.payload().toArray();
                byte[] changed = java.util.Arrays.copyOf(payload, payload.length + 1);
                changed[payload.length] = 42;
                TransactionEnvelope tampered = new TransactionEnvelope(genuine.id(), genuine.type(),
                        Bytes.of(changed), genuine.sender(), genuine.nonce(), genuine.timestamp(),
                        genuine.signature());
                submitQuietly(c.members().get(c.members().size() - 1), tampered);
                TransactionEnvelope after = c.transaction(2_001);
                c.members().get(0).submit(after);
                assertTrue(everyoneHas(c, delivered, Set.of(after.id())), "the valid transaction committed");
                for (int m = 0; m < delivered.size(); m++) {
                    for (Block b : delivered.get(m).blocks) {
                        for (TransactionEnvelope t : b.transactions()) {
                            assertFalse(t.payload().equals(Bytes.of(changed)), "member " + m
                                    + " committed a tampered payload");
                        }
                    }
                }
            }
        }
    }

    /** Lifecycle. */
    @Nested
    public class Lifecycle {
        /** Closing a member twice is harmless. */
        @Test
        public void closingTwiceIsHarmless() {
            try (Cluster c = createCluster(members())) {
                startAll(c);
                ConsensusProtocol p = c.members().get(0);
                p.close();
                p.close();
            }
        }
    }

    /**
     * Contract property: whatever members the transactions are sent to, with repeats, every distinct transaction
     * commits exactly once on every member and the members agree at every height.
     *
     * @param sends pairs of (member index, transaction index), taken modulo the sizes
     */
    @Property(tries = 3)
    public void anyInterleavingOfSubmissionsCommitsEachTransactionOnce(
            @ForAll @Size(min = 1, max = 10) List<@IntRange(min = 0, max = 63) Integer> sends) {
        try (Cluster c = createCluster(members())) {
            List<Delivered> delivered = startAll(c);
            Set<Bytes> ids = new LinkedHashSet<>();
            for (int s : sends) {
                TransactionEnvelope t = c.transaction(5_000 + s % 8);
                ids.add(t.id());
                c.members().get((s / 8) % c.members().size()).submit(t);
            }
            assertTrue(everyoneHas(c, delivered, ids), "every member committed " + ids.size() + " transactions");
            assertExactlyOnce(delivered, ids);
            assertChainsAgree(delivered);
        }
    }
}

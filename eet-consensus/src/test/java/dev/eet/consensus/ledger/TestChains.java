package dev.eet.consensus.ledger;

import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.CommitCertificate;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.KeyDirectory;
import dev.eet.consensus.crypto.NodeKeys;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Deterministic, fully signed and certified chains for tests. */
final class TestChains {
    static final List<NodeKeys> MEMBERS = List.of(NodeKeys.derive(NodeId.of("m0"), 1), NodeKeys.derive(NodeId.of("m1"), 1),
            NodeKeys.derive(NodeId.of("m2"), 1), NodeKeys.derive(NodeId.of("m3"), 1));
    static final NodeKeys ALICE = NodeKeys.derive(NodeId.of("alice"), 1);
    static final KeyDirectory KEYS;

    static {
        List<NodeKeys> all = new ArrayList<>(MEMBERS);
        all.add(ALICE);
        KEYS = KeyDirectory.of(all);
    }

    private TestChains() {
    }

    static Set<NodeId> memberIds() {
        Set<NodeId> s = new java.util.TreeSet<>();
        MEMBERS.forEach(k -> s.add(k.node()));
        return s;
    }

    static BlockVerifier verifier() {
        return new BlockVerifier(KEYS, CertificateRule.quorum(memberIds(), 3));
    }

    static TransactionEnvelope tx(int n) {
        return Transactions.sign(ALICE, "order", Bytes.of(("payload " + n).getBytes(StandardCharsets.UTF_8)), n,
                1_700_000_000_000L + n);
    }

    static List<Block> chain(int length) {
        List<Block> out = new ArrayList<>();
        Bytes prev = Bytes.EMPTY;
        int txn = 0;
        for (int h = 0; h < length; h++) {
            List<TransactionEnvelope> txs = new ArrayList<>();
            for (int i = 0; i < h % 4; i++) {
                txs.add(tx(txn++));
            }
            Block b = Blocks.propose(MEMBERS.get(h % 4), h, prev, txs, 1_700_000_000_000L + h * 1000L);
            Bytes hash = Blocks.hash(b);
            b = Blocks.withCertificate(b, new CommitCertificate(List.of(Blocks.endorse(MEMBERS.get(0), hash),
                    Blocks.endorse(MEMBERS.get(1), hash), Blocks.endorse(MEMBERS.get(2), hash))));
            out.add(b);
            prev = hash;
        }
        return out;
    }
}

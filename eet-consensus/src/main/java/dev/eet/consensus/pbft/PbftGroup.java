package dev.eet.consensus.pbft;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.NodeId;
import dev.eet.consensus.crypto.KeyDirectory;
import dev.eet.consensus.ledger.BlockVerifier;
import dev.eet.consensus.ledger.CertificateRule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A PBFT consensus group: n members tolerating f = floor((n-1)/3) Byzantine ones (n >= 3f+1), with the vote
 * threshold {@link #quorum()} = ceil((n+f+1)/2), the non-members
 * that receive results, and every public key. The primary of view v is {@code members.get(v mod n)}.
 *
 * @param members the members, in primary rotation order (e.g. as chosen by the {@code reputation} policy)
 * @param observers non-members that accept results by the &gt; n/2 rule
 * @param keys public keys of members, observers and transaction senders
 */
public record PbftGroup(List<NodeId> members, Set<NodeId> observers, KeyDirectory keys) {
    /** Copies and checks. */
    public PbftGroup {
        members = List.copyOf(members);
        observers = Set.copyOf(observers);
        if (members.isEmpty()) {
            throw new InvalidArgumentException("pbft group", "members", "must not be empty");
        }
        if (new HashSet<>(members).size() != members.size()) {
            throw new InvalidArgumentException("pbft group", "members", "must be distinct: " + members);
        }
        for (NodeId m : members) {
            if (keys.publicKey(m).isEmpty()) {
                throw new InvalidArgumentException("pbft group", "keys", "no public key for member " + m);
            }
            if (observers.contains(m)) {
                throw new InvalidArgumentException("pbft group", "observers", m + " is also a member");
            }
        }
    }

    /** @return n */
    public int size() {
        return members.size();
    }

    /** @return m, the number of Byzantine members tolerated: floor((n-1)/3) */
    public int tolerated() {
        return tolerated(members.size());
    }

    /**
     * The one vote threshold of the group, used for prepares, commits, view changes, checkpoints, new-view
     * certificates and every certificate check by observers and restarting members.
     *
     * @return q = ceil((n + f + 1) / 2) with f = {@link #tolerated()}: any two sets of q members share at least
     *         f + 1 members, so at least one honest one (equals 2f + 1 when n = 3f + 1)
     */
    public int quorum() {
        return quorum(members.size());
    }

    /**
     * @param n a group size, at least 1
     * @return f = floor((n - 1) / 3), the Byzantine members a group of n tolerates
     */
    public static int tolerated(int n) {
        if (n < 1) {
            throw new InvalidArgumentException("pbft group", "size", "must be at least 1, was " + n);
        }
        return (n - 1) / 3;
    }

    /**
     * @param n a group size, at least 1
     * @return q = ceil((n + f + 1) / 2), the quorum of a group of n (see {@link #quorum()})
     */
    public static int quorum(int n) {
        int f = tolerated(n);
        return (n + f + 2) / 2;
    }

    /** @return the smallest count that is more than n/2: the non-member acceptance threshold */
    public int majority() {
        return members.size() / 2 + 1;
    }

    /**
     * @param view a view
     * @return its primary
     */
    public NodeId primary(long view) {
        return members.get((int) Math.floorMod(view, (long) members.size()));
    }

    /**
     * @param node a node
     * @return whether it is a member
     */
    public boolean isMember(NodeId node) {
        return members.contains(node);
    }

    /** @return the members, sorted */
    public SortedSet<NodeId> memberSet() {
        return new TreeSet<>(members);
    }

    /** @return a verifier of committed blocks: signatures plus a {@link #quorum()} member certificate */
    public BlockVerifier verifier() {
        return new BlockVerifier(keys, CertificateRule.quorum(memberSet(), quorum()));
    }
}

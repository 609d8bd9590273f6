package dev.eet.consensus.ledger;

import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.KeyDirectory;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Decides whether a block's commit certificate is sufficient. PBFT uses {@code quorum(members, PbftGroup.quorum(n))}; DPoS
 * uses {@code quorum(allNodes, ceil(N/2))}; a rule may also depend on the height (changing committees).
 */
@FunctionalInterface
public interface CertificateRule {

    /**
     * @param block the block
     * @param blockHash its hash
     * @param keys known public keys
     * @throws BlockRejectedException naming the height and the reason if the certificate is insufficient
     */
    void check(Block block, Bytes blockHash, KeyDirectory keys);

    /** @return a rule that accepts any certificate (structure and signatures are still checked elsewhere) */
    static CertificateRule none() {
        return (block, hash, keys) -> { };
    }

    /**
     * At least {@code quorum} valid endorsements from distinct members of {@code committee}; endorsements from
     * non-members or with invalid signatures are rejected outright (a certificate never carries junk).
     *
     * @param committee who may endorse
     * @param quorum how many distinct valid endorsements are needed
     * @return the rule
     */
    static CertificateRule quorum(Set<NodeId> committee, int quorum) {
        SortedSet<NodeId> members = new TreeSet<>(committee);
        return (block, hash, keys) -> {
            Set<NodeId> seen = new HashSet<>();
            for (var e : block.certificate().signatures()) {
                if (!members.contains(e.node())) {
                    throw new BlockRejectedException(block.height(), "certificate endorser " + e.node()
                            + " is not a committee member");
                }
                if (!seen.add(e.node())) {
                    throw new BlockRejectedException(block.height(), "certificate endorser " + e.node()
                            + " appears twice");
                }
                if (!Blocks.endorsementValid(keys, e, hash, block.certificate().round())) {
                    throw new BlockRejectedException(block.height(), "certificate signature of " + e.node()
                            + " is invalid");
                }
            }
            if (seen.size() < quorum) {
                throw new BlockRejectedException(block.height(), "certificate has " + seen.size()
                        + " endorsements, needs " + quorum);
            }
        };
    }
}

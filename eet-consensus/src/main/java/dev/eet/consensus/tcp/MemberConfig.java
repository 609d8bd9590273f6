package dev.eet.consensus.tcp;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.spi.Config;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.KeyDirectory;
import dev.eet.consensus.crypto.NodeKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The identity and membership part of a TCP protocol provider's config, shared by {@code pbft} and {@code dpos}:
 * {@code node}, {@code privateKey} (hex 32-byte Ed25519 seed), {@code listen} ({@code host:port}),
 * {@code members} ({@code id@host:port@publicKeyHex,...}, this node included, in the protocol's order) and the
 * optional {@code senders} ({@code id=publicKeyHex,...}, keys of transaction signers).
 *
 * @param keys this node's key pair
 * @param members the members with their addresses and keys, in the order given
 * @param order the member ids in that order
 * @param publicKeys every member's and sender's public key
 */
public record MemberConfig(NodeKeys keys, List<TcpTransport.Peer> members, List<NodeId> order,
                           Map<NodeId, Bytes> publicKeys) {
    /** Copies. */
    public MemberConfig {
        members = List.copyOf(members);
        order = List.copyOf(order);
        publicKeys = Map.copyOf(publicKeys);
    }

    /**
     * @param c the provider's config
     * @return the parsed membership
     * @throws InvalidArgumentException naming the config and the field
     */
    public static MemberConfig parse(Config c) {
        NodeId node = NodeId.of(c.getString("node"));
        Bytes seed;
        try {
            seed = Bytes.fromHex(c.getString("privateKey"));
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(c.subject(), "privateKey", "is not hexadecimal");
        }
        NodeKeys keys = NodeKeys.fromSeed(node, seed);
        List<TcpTransport.Peer> members = PeerList.parse(c.subject(), "members", c.getString("members"));
        Map<NodeId, Bytes> directory = new HashMap<>();
        List<NodeId> order = new ArrayList<>();
        for (TcpTransport.Peer p : members) {
            directory.put(p.id(), p.publicKey());
            order.add(p.id());
        }
        if (!order.contains(node)) {
            throw new InvalidArgumentException(c.subject(), "members", "must include this node " + node);
        }
        if (!directory.get(node).equals(keys.publicKey())) {
            throw new InvalidArgumentException(c.subject(), "privateKey", "does not match the public key listed for "
                    + node + " in members");
        }
        for (String s : c.getString("senders", "").split(",")) {
            if (s.isBlank()) {
                continue;
            }
            String[] kv = s.trim().split("=");
            if (kv.length != 2) {
                throw new InvalidArgumentException(c.subject(), "senders", "entry '" + s + "' is not id=publicKeyHex");
            }
            try {
                directory.put(NodeId.of(kv[0]), Bytes.fromHex(kv[1]));
            } catch (IllegalArgumentException e) {
                throw new InvalidArgumentException(c.subject(), "senders", "key of " + kv[0] + " is not hexadecimal");
            }
        }
        return new MemberConfig(keys, members, order, directory);
    }

    /** @return a key directory of every member and sender */
    public KeyDirectory directory() {
        return KeyDirectory.of(publicKeys);
    }

    /**
     * Binds this node's listening socket and connects to the other members.
     *
     * @param c the provider's config (its {@code listen} key)
     * @return the transport
     */
    public TcpTransport connect(Config c) {
        TcpTransport transport = TcpTransport.bind(keys, PeerList.address(c.subject(), "listen", c.getString("listen")),
                TcpTransport.Options.DEFAULTS);
        transport.connect(members);
        return transport;
    }
}

package dev.eet.consensus.tcp;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.Transport;
import dev.eet.api.consensus.TransportProvider;
import dev.eet.api.spi.Config;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.NodeKeys;
import java.util.Set;

/**
 * Provider {@code tcp}: parameters {@code node} (this node's id), {@code privateKey} (hex 32-byte Ed25519 seed),
 * {@code listen} ({@code host:port}), {@code peers} ({@code id@host:port@publicKeyHex,...}) and optionally
 * {@code queueCapacity}.
 */
public final class TcpTransportProvider implements TransportProvider {
    @Override
    public String name() {
        return "tcp";
    }

    @Override
    public Transport create(Config c) {
        c.requireOnly(Set.of("node", "privateKey", "listen", "peers", "queueCapacity"));
        NodeKeys keys = keys(c);
        TcpTransport.Options o = TcpTransport.Options.DEFAULTS;
        o = new TcpTransport.Options(c.getInt("queueCapacity", o.queueCapacity()), o.sendWait(), o.backoffMin(),
                o.backoffMax(), o.maxFrameBytes(), o.handshakeTimeout());
        TcpTransport t = TcpTransport.bind(keys, PeerList.address(c.subject(), "listen", c.getString("listen")), o);
        t.connect(PeerList.parse(c.subject(), "peers", c.getString("peers", "")));
        return t;
    }

    /**
     * @param c config with {@code node} and {@code privateKey}
     * @return the node's keys
     */
    static NodeKeys keys(Config c) {
        NodeId node = NodeId.of(c.getString("node"));
        Bytes seed;
        try {
            seed = Bytes.fromHex(c.getString("privateKey"));
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(c.subject(), "privateKey", "is not hexadecimal");
        }
        if (seed.length() != 32) {
            throw new InvalidArgumentException(c.subject(), "privateKey", "must be 32 bytes (64 hex digits)");
        }
        return NodeKeys.fromSeed(node, seed);
    }

    @Override
    public String description() {
        return "TCP with Ed25519-authenticated peers";
    }
}

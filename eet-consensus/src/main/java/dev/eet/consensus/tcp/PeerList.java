package dev.eet.consensus.tcp;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.value.Bytes;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses peer lists of the form {@code id@host:port@publicKeyHex,id@host:port@publicKeyHex} (as used in
 * provider configs), naming the config subject and key in every error.
 */
public final class PeerList {
    private PeerList() {
    }

    /**
     * @param subject config subject for errors
     * @param key config key for errors
     * @param value the list
     * @return the peers, in order
     */
    public static List<TcpTransport.Peer> parse(String subject, String key, String value) {
        List<TcpTransport.Peer> out = new ArrayList<>();
        for (String item : value.split(",")) {
            String s = item.trim();
            if (s.isEmpty()) {
                continue;
            }
            String[] parts = s.split("@");
            if (parts.length != 3) {
                throw new InvalidArgumentException(subject, key, "entry '" + s + "' is not id@host:port@publicKeyHex");
            }
            Bytes pub;
            try {
                pub = Bytes.fromHex(parts[2]);
            } catch (IllegalArgumentException e) {
                throw new InvalidArgumentException(subject, key, "public key of " + parts[0] + " is not hexadecimal");
            }
            if (pub.length() != 32) {
                throw new InvalidArgumentException(subject, key, "public key of " + parts[0] + " must be 32 bytes");
            }
            out.add(new TcpTransport.Peer(NodeId.of(parts[0]), address(subject, key, parts[1]), pub));
        }
        return out;
    }

    /**
     * @param subject config subject
     * @param key config key
     * @param hostPort {@code host:port}
     * @return the address (unresolved names are resolved now)
     */
    public static InetSocketAddress address(String subject, String key, String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0) {
            throw new InvalidArgumentException(subject, key, "'" + hostPort + "' is not host:port");
        }
        try {
            int port = Integer.parseInt(hostPort.substring(colon + 1));
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return new InetSocketAddress(hostPort.substring(0, colon), port);
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException(subject, key, "port of '" + hostPort + "' is not in [0, 65535]");
        }
    }
}

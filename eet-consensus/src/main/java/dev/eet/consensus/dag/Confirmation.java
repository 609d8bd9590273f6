package dev.eet.consensus.dag;

import dev.eet.api.consensus.NodeId;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.KeyDirectory;
import dev.eet.consensus.crypto.NodeKeys;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A delegate's signed confirmation of a vertex (and so, by the voting rule, of the vertex's whole past): Ed25519
 * over {@code "eet-dag-confirm-v1" || vertexId}.
 *
 * @param vertex the confirmed vertex id
 * @param delegate the signing delegate
 * @param signature the signature
 */
public record Confirmation(Bytes vertex, NodeId delegate, Bytes signature) {
    private static final byte[] DOMAIN = "eet-dag-confirm-v1".getBytes(StandardCharsets.UTF_8);

    /** Checks for nulls. */
    public Confirmation {
        Objects.requireNonNull(vertex, "vertex");
        Objects.requireNonNull(delegate, "delegate");
        Objects.requireNonNull(signature, "signature");
    }

    /**
     * @param delegate the delegate's keys
     * @param vertex the vertex id
     * @return the signed confirmation
     */
    public static Confirmation sign(NodeKeys delegate, Bytes vertex) {
        return new Confirmation(vertex, delegate.node(), delegate.sign(message(vertex)));
    }

    /**
     * @param keys known public keys
     * @return whether the signature is the delegate's over this vertex
     */
    public boolean verifies(KeyDirectory keys) {
        return keys.verify(delegate, message(vertex), signature);
    }

    private static byte[] message(Bytes vertex) {
        byte[] v = vertex.toArray();
        byte[] m = new byte[DOMAIN.length + v.length];
        System.arraycopy(DOMAIN, 0, m, 0, DOMAIN.length);
        System.arraycopy(v, 0, m, DOMAIN.length, v.length);
        return m;
    }
}

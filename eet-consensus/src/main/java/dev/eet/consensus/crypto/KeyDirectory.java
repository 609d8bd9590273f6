package dev.eet.consensus.crypto;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.value.Bytes;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * The public keys of every known node or participant, and Ed25519 verification against them. Immutable.
 * A signature from an unknown signer, of the wrong length, or not matching, verifies as {@code false}.
 */
public final class KeyDirectory {
    private static final int SIGNATURE_LENGTH = 64;

    private final SortedMap<NodeId, Bytes> keys;
    /** Decoded public keys (point decompression once per node, not once per signature). */
    private final ConcurrentMap<NodeId, Ed25519PublicKeyParameters> decoded = new ConcurrentHashMap<>();

    private KeyDirectory(SortedMap<NodeId, Bytes> keys) {
        this.keys = Collections.unmodifiableSortedMap(keys);
    }

    /**
     * @param keys node id to 32-byte public key
     * @return the directory
     * @throws InvalidArgumentException naming the node whose key is not 32 bytes
     */
    public static KeyDirectory of(Map<NodeId, Bytes> keys) {
        SortedMap<NodeId, Bytes> copy = new TreeMap<>();
        keys.forEach((node, key) -> {
            if (key.length() != Ed25519PublicKeyParameters.KEY_SIZE) {
                throw new InvalidArgumentException("key directory", "publicKey of " + node,
                        "must be 32 bytes, was " + key.length());
            }
            copy.put(node, key);
        });
        return new KeyDirectory(copy);
    }

    /**
     * @param pairs key pairs whose public halves are listed
     * @return the directory
     */
    public static KeyDirectory of(Collection<NodeKeys> pairs) {
        SortedMap<NodeId, Bytes> m = new TreeMap<>();
        for (NodeKeys k : pairs) {
            m.put(k.node(), k.publicKey());
        }
        return new KeyDirectory(m);
    }

    /**
     * @param node a node
     * @param publicKey its key
     * @return a directory with that key added (or replaced)
     */
    public KeyDirectory with(NodeId node, Bytes publicKey) {
        SortedMap<NodeId, Bytes> m = new TreeMap<>(keys);
        m.put(node, publicKey);
        return of(m);
    }

    /**
     * @param other another directory
     * @return the union (keys of {@code other} win)
     */
    public KeyDirectory merge(KeyDirectory other) {
        SortedMap<NodeId, Bytes> m = new TreeMap<>(keys);
        m.putAll(other.keys);
        return new KeyDirectory(m);
    }

    /**
     * @param node a node
     * @return its public key, if known
     */
    public Optional<Bytes> publicKey(NodeId node) {
        return Optional.ofNullable(keys.get(node));
    }

    /** @return the known nodes, sorted */
    public SortedSet<NodeId> nodes() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(keys.keySet()));
    }

    /**
     * @param signer the claimed signer
     * @param message the signed bytes
     * @param signature the signature
     * @return whether {@code signature} is {@code signer}'s valid Ed25519 signature of {@code message}
     */
    public boolean verify(NodeId signer, byte[] message, Bytes signature) {
        Bytes key = keys.get(signer);
        if (key == null) {
            return false;
        }
        if (signature == null || signature.length() != SIGNATURE_LENGTH) {
            return false;
        }
        Ed25519PublicKeyParameters params = decoded.get(signer);
        if (params == null) {
            // a key that does not decode throws here exactly as the static verify does, and is not cached
            params = new Ed25519PublicKeyParameters(key.toArray(), 0);
            decoded.putIfAbsent(signer, params);
        }
        return verify(params, message, signature);
    }

    /**
     * @param publicKey a 32-byte public key
     * @param message the signed bytes
     * @param signature the signature
     * @return whether the signature is valid for that key
     */
    public static boolean verify(Bytes publicKey, byte[] message, Bytes signature) {
        if (signature == null || signature.length() != SIGNATURE_LENGTH
                || publicKey.length() != Ed25519PublicKeyParameters.KEY_SIZE) {
            return false;
        }
        return verify(new Ed25519PublicKeyParameters(publicKey.toArray(), 0), message, signature);
    }

    private static boolean verify(Ed25519PublicKeyParameters key, byte[] message, Bytes signature) {
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, key);
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature.toArray());
    }
}

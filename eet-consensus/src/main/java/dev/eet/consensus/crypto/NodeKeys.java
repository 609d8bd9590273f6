package dev.eet.consensus.crypto;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.value.Bytes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Objects;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * A node's (or participant's) Ed25519 key pair (RFC 8032, Bouncy Castle). Signing is deterministic: the same key
 * and message always give the same 64-byte signature. Thread-safe.
 */
public final class NodeKeys {
    private final NodeId node;
    private final Ed25519PrivateKeyParameters privateKey;
    private final Bytes publicKey;

    private NodeKeys(NodeId node, Ed25519PrivateKeyParameters privateKey) {
        this.node = Objects.requireNonNull(node, "node");
        this.privateKey = privateKey;
        this.publicKey = Bytes.of(privateKey.generatePublicKey().getEncoded());
    }

    /**
     * @param node the owner
     * @param seed the 32-byte Ed25519 private key seed
     * @return the key pair
     * @throws InvalidArgumentException if the seed is not 32 bytes
     */
    public static NodeKeys fromSeed(NodeId node, Bytes seed) {
        if (seed.length() != Ed25519PrivateKeyParameters.KEY_SIZE) {
            throw new InvalidArgumentException("keys of node " + node, "seed",
                    "must be " + Ed25519PrivateKeyParameters.KEY_SIZE + " bytes, was " + seed.length());
        }
        return new NodeKeys(node, new Ed25519PrivateKeyParameters(seed.toArray(), 0));
    }

    /**
     * Deterministic keys for simulations and tests: the seed is SHA-256("eet-node-key" || seed || node id).
     * Never use for production keys.
     *
     * @param node the owner
     * @param seed a run seed
     * @return the key pair
     */
    public static NodeKeys derive(NodeId node, long seed) {
        byte[] s = Sha256.digest("eet-node-key".getBytes(StandardCharsets.US_ASCII),
                ByteBuffer.allocate(Long.BYTES).putLong(seed).array(), node.value().getBytes(StandardCharsets.UTF_8));
        return new NodeKeys(node, new Ed25519PrivateKeyParameters(s, 0));
    }

    /**
     * @param node the owner
     * @param random a cryptographically strong source
     * @return a fresh key pair
     */
    public static NodeKeys generate(NodeId node, SecureRandom random) {
        return new NodeKeys(node, new Ed25519PrivateKeyParameters(random));
    }

    /** @return the owner */
    public NodeId node() {
        return node;
    }

    /** @return the 32-byte public key */
    public Bytes publicKey() {
        return publicKey;
    }

    /** @return the 32-byte private seed (handle with care: whoever holds it can sign as this node) */
    public Bytes privateSeed() {
        return Bytes.of(privateKey.getEncoded());
    }

    /**
     * @param message the bytes to sign
     * @return the 64-byte Ed25519 signature
     */
    public Bytes sign(byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, privateKey);
        signer.update(message, 0, message.length);
        return Bytes.of(signer.generateSignature());
    }

    @Override
    public String toString() {
        return "NodeKeys[" + node + ", public " + publicKey.toHex() + "]";
    }
}

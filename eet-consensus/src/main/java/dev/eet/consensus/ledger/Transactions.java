package dev.eet.consensus.ledger;

import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.KeyDirectory;
import dev.eet.consensus.crypto.NodeKeys;
import dev.eet.consensus.crypto.Sha256;

/**
 * Creates and verifies signed {@link TransactionEnvelope}s. The id is SHA-256 over the canonical encoding of
 * {@code "eet-tx-v1", type, payload, sender, nonce, timestamp}; the signature is the sender's Ed25519 signature
 * of the id bytes.
 *
 * <pre>{@code
 * TransactionEnvelope tx = Transactions.sign(keys, "order", payload, nonce, clock.millis());
 * Transactions.verify(tx, directory);   // throws SignatureRejectedException when forged or altered
 * }</pre>
 */
public final class Transactions {
    private static final String DOMAIN = "eet-tx-v1";

    private Transactions() {
    }

    /**
     * @param type payload type
     * @param payload payload bytes
     * @param sender signer
     * @param nonce per-sender sequence number
     * @param timestamp epoch millis
     * @return the transaction id
     */
    public static Bytes id(String type, Bytes payload, NodeId sender, long nonce, long timestamp) {
        CanonicalWriter w = new CanonicalWriter(64 + payload.length());
        w.writeString(DOMAIN).writeString(type).writeBytes(payload).writeNode(sender).writeLong(nonce)
                .writeLong(timestamp);
        return Sha256.hash(w.toByteArray());
    }

    /**
     * @param sender the signer's keys (the envelope's sender is {@code sender.node()})
     * @param type payload type
     * @param payload payload bytes
     * @param nonce per-sender sequence number
     * @param timestamp epoch millis from the sender's injected clock
     * @return the signed envelope
     */
    public static TransactionEnvelope sign(NodeKeys sender, String type, Bytes payload, long nonce, long timestamp) {
        Bytes id = id(type, payload, sender.node(), nonce, timestamp);
        return new TransactionEnvelope(id, type, payload, sender.node(), nonce, timestamp, sender.sign(id.toArray()));
    }

    /**
     * @param tx a transaction
     * @return whether its id matches its fields (no signature check)
     */
    public static boolean idMatches(TransactionEnvelope tx) {
        return tx.id().equals(id(tx.type(), tx.payload(), tx.sender(), tx.nonce(), tx.timestamp()));
    }

    /**
     * @param tx a transaction
     * @param keys the known public keys
     * @throws SignatureRejectedException naming the transaction if its id does not match its fields, its sender is
     *         unknown, or its signature is invalid
     */
    public static void verify(TransactionEnvelope tx, KeyDirectory keys) {
        if (!idMatches(tx)) {
            throw new SignatureRejectedException(subject(tx), "id does not match the hash of its fields");
        }
        if (keys.publicKey(tx.sender()).isEmpty()) {
            throw new SignatureRejectedException(subject(tx), "sender " + tx.sender() + " has no known public key");
        }
        if (!keys.verify(tx.sender(), tx.id().toArray(), tx.signature())) {
            throw new SignatureRejectedException(subject(tx), "signature of sender " + tx.sender() + " is invalid");
        }
    }

    /** The error subject, built only on failure (hex-encoding the id is not free). */
    private static String subject(TransactionEnvelope tx) {
        return "transaction " + tx.id().toHex();
    }

    /**
     * @param tx a transaction
     * @param keys the known public keys
     * @return whether {@link #verify} would accept it
     */
    public static boolean isValid(TransactionEnvelope tx, KeyDirectory keys) {
        try {
            verify(tx, keys);
            return true;
        } catch (SignatureRejectedException e) {
            return false;
        }
    }
}

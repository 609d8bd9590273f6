package dev.eet.api.consensus;

import dev.eet.api.value.Bytes;
import java.util.Objects;

/**
 * A signed transaction as it travels and is stored: orders, matching records, meter uploads, settlements.
 *
 * @param id the transaction hash (over type, payload, sender, nonce and timestamp)
 * @param type the payload type, e.g. {@code "order"}, {@code "meter-upload"}
 * @param payload the encoded payload
 * @param sender the signing node or participant
 * @param nonce a per-sender sequence number (replay protection)
 * @param timestamp epoch milliseconds from the sender's injected clock
 * @param signature the sender's signature (Ed25519 by default) over the id
 */
public record TransactionEnvelope(Bytes id, String type, Bytes payload, NodeId sender, long nonce, long timestamp,
                                  Bytes signature) {
    /** Checks for nulls. */
    public TransactionEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(signature, "signature");
    }
}

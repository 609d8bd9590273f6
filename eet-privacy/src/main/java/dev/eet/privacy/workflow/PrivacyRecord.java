package dev.eet.privacy.workflow;

import dev.eet.api.value.Bytes;
import dev.eet.privacy.commit.PedersenCommitment;
import dev.eet.privacy.ec.ByteWriter;
import dev.eet.privacy.ec.PrimeOrderGroup;
import dev.eet.privacy.ec.Sha;
import java.nio.charset.StandardCharsets;

/**
 * A record of the private trading workflow (privacy.md section 5) as stored on the ledger. Every record has a
 * public {@linkplain #body() body} (references, commitments, ciphertexts, public numbers) and evidence (proofs,
 * attestations). Proofs are bound to the context {@code kind || body}, so a proof cannot be moved to another
 * record; the id hashes body and evidence.
 */
public sealed interface PrivacyRecord permits CapacityRecord, BalanceRecord, SellPlanRecord, BuyPlanRecord,
        MatchRecord, ConfirmationRecord, ActualsRecord, SettlementRecord, BalanceUpdateRecord,
        GenerationUpdateRecord {

    /** @return the record kind, e.g. {@code "sell-plan"} */
    String kind();

    /** @return the canonical public statement: everything except proofs and attestations */
    byte[] body();

    /** @return the canonical encoding of the proofs and attestations */
    byte[] evidence();

    /** @return the proof context: the kind and the body */
    default byte[] context() {
        return new ByteWriter(PrimeOrderGroup.P256).string("eet-private-trade-v1").string(kind()).bytes(body())
                .toByteArray();
    }

    /** @return the ledger id: SHA-256 of context and evidence */
    default RecordId id() {
        return new RecordId(Bytes.of(Sha.sha256(new ByteWriter(PrimeOrderGroup.P256).bytes(context())
                .bytes(evidence()).toByteArray())));
    }

    /** @return a canonical writer for record bodies */
    static ByteWriter writer() {
        return new ByteWriter(PrimeOrderGroup.P256);
    }

    /**
     * @param w a writer
     * @param id a record id
     */
    static void id(ByteWriter w, RecordId id) {
        w.bytes(id.hash().toArray());
    }

    /**
     * @param w a writer
     * @param c a commitment (the identity is written as an empty field)
     */
    static void commitment(ByteWriter w, PedersenCommitment c) {
        w.bytes(c.isIdentity() ? new byte[0] : c.toBytes().toArray());
    }

    /**
     * @param w a writer
     * @param a an attestation
     */
    static void attestation(ByteWriter w, Attestation a) {
        w.string(a.attester()).bytes(a.signature().toArray());
    }

    /**
     * @param s a string
     * @return its UTF-8 bytes
     */
    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

package dev.eet.consensus.dag;

import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.KeyDirectory;
import dev.eet.consensus.crypto.NodeKeys;
import dev.eet.consensus.crypto.Sha256;
import dev.eet.consensus.ledger.CanonicalReader;
import dev.eet.consensus.ledger.CanonicalWriter;
import dev.eet.consensus.ledger.LedgerCodec;
import dev.eet.consensus.ledger.SignatureRejectedException;
import dev.eet.consensus.ledger.Transactions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One vertex of the DAG: a signed transaction, the earlier vertices it approves (by id, sorted, no duplicates, at
 * least one; {@link #GENESIS} is the root every graph starts from) and the node that attached it. Id = SHA-256 of
 * {@code ("eet-dag-vertex-v1", transaction, parents, issuer)}; the issuer signs the id bytes with Ed25519.
 *
 * @param id the vertex id
 * @param transaction the transaction
 * @param parents the approved vertices, sorted
 * @param issuer the attaching node
 * @param signature the issuer's signature over the id
 */
public record DagVertex(Bytes id, TransactionEnvelope transaction, List<Bytes> parents, NodeId issuer,
                        Bytes signature) {
    /** The implicit root: approved by the first vertices, confirmed from the start. */
    public static final Bytes GENESIS = Sha256.hash("eet-dag-genesis-v1".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    /** The most parents a vertex may approve. */
    public static final int MAX_PARENTS = 8;

    /** Copies the parents and checks for nulls. */
    public DagVertex {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(signature, "signature");
        parents = List.copyOf(parents);
    }

    /**
     * Attaches a transaction.
     *
     * @param issuer the attaching node's keys
     * @param tx the transaction
     * @param parents the tips it approves (1..{@link #MAX_PARENTS}, distinct)
     * @return the signed vertex
     */
    public static DagVertex attach(NodeKeys issuer, TransactionEnvelope tx, List<Bytes> parents) {
        List<Bytes> sorted = new ArrayList<>(new TreeSet<>(parents));
        if (sorted.isEmpty() || sorted.size() != parents.size() || sorted.size() > MAX_PARENTS) {
            throw new IllegalArgumentException("dag vertex of " + tx.id().toHex() + ": parents must be 1.."
                    + MAX_PARENTS + " distinct ids, were " + parents.size());
        }
        Bytes id = id(tx, sorted, issuer.node());
        return new DagVertex(id, tx, sorted, issuer.node(), issuer.sign(id.toArray()));
    }

    /**
     * @param tx the transaction
     * @param parents sorted parents
     * @param issuer the issuer
     * @return the vertex id
     */
    public static Bytes id(TransactionEnvelope tx, List<Bytes> parents, NodeId issuer) {
        CanonicalWriter w = new CanonicalWriter();
        w.writeString("eet-dag-vertex-v1");
        LedgerCodec.write(w, tx);
        w.writeInt(parents.size());
        for (Bytes p : parents) {
            w.writeBytes(p);
        }
        w.writeNode(issuer);
        return Sha256.hash(w.toByteArray());
    }

    /** @return the conflict key of the transaction */
    public ConflictKey conflictKey() {
        return ConflictKey.of(transaction);
    }

    /**
     * Checks id, parent order, the issuer's and the transaction's signatures.
     *
     * @param keys known public keys
     * @throws SignatureRejectedException naming the vertex and what is wrong
     */
    public void verify(KeyDirectory keys) {
        String subject = "dag vertex " + id.toHex();
        List<Bytes> sorted = new ArrayList<>(new TreeSet<>(parents));
        if (parents.isEmpty() || parents.size() > MAX_PARENTS || !sorted.equals(parents)) {
            throw new SignatureRejectedException(subject, "parents must be 1.." + MAX_PARENTS
                    + " distinct sorted ids");
        }
        if (!id(transaction, parents, issuer).equals(id)) {
            throw new SignatureRejectedException(subject, "id does not match its contents");
        }
        if (!keys.verify(issuer, id.toArray(), signature)) {
            throw new SignatureRejectedException(subject, "issuer signature of " + issuer + " does not verify");
        }
        Transactions.verify(transaction, keys);
    }

    /** @param w the writer */
    public void write(CanonicalWriter w) {
        w.writeBytes(id);
        LedgerCodec.write(w, transaction);
        w.writeInt(parents.size());
        for (Bytes p : parents) {
            w.writeBytes(p);
        }
        w.writeNode(issuer);
        w.writeBytes(signature);
    }

    /**
     * @param r the reader
     * @return a vertex (not yet verified)
     */
    public static DagVertex read(CanonicalReader r) {
        Bytes id = r.readBytes("id");
        TransactionEnvelope tx = LedgerCodec.readTransaction(r);
        int n = r.readCount("parents", MAX_PARENTS);
        List<Bytes> ps = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ps.add(r.readBytes("parent"));
        }
        return new DagVertex(id, tx, ps, r.readNode("issuer"), r.readBytes("signature"));
    }
}

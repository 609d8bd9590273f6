package dev.eet.consensus.dag;

import dev.eet.api.value.Bytes;
import dev.eet.consensus.ledger.CanonicalReader;
import dev.eet.consensus.ledger.CanonicalWriter;

import java.util.ArrayList;
import java.util.List;

/**
 * The wire messages of {@link DagNode}, canonically encoded (a kind byte, then the fields).
 */
public sealed interface DagMessage {
    /** Most ids or confirmations in one message. */
    int MAX_ITEMS = 256;

    /** @param vertex a vertex (flooded on first receipt, or the answer to a fetch) */
    record VertexMsg(DagVertex vertex) implements DagMessage {
    }

    /** @param confirmations delegate confirmations */
    record Confirms(List<Confirmation> confirmations) implements DagMessage {
        /** Copies. */
        public Confirms {
            confirmations = List.copyOf(confirmations);
        }
    }

    /**
     * Anti-entropy, sent periodically to every peer.
     *
     * @param tips the sender's tips (the receiver fetches unknown ones)
     * @param pending vertices the sender has not confirmed (the receiver answers with its confirmations of them)
     */
    record Sync(List<Bytes> tips, List<Bytes> pending) implements DagMessage {
        /** Copies. */
        public Sync {
            tips = List.copyOf(tips);
            pending = List.copyOf(pending);
        }
    }

    /** @param ids vertices the sender lacks */
    record Fetch(List<Bytes> ids) implements DagMessage {
        /** Copies. */
        public Fetch {
            ids = List.copyOf(ids);
        }
    }

    /**
     * @param m a message
     * @return its encoding
     */
    static Bytes encode(DagMessage m) {
        CanonicalWriter w = new CanonicalWriter();
        if (m instanceof VertexMsg v) {
            w.writeByte(1);
            v.vertex().write(w);
        } else if (m instanceof Confirms c) {
            w.writeByte(2);
            w.writeInt(c.confirmations().size());
            for (Confirmation x : c.confirmations()) {
                w.writeBytes(x.vertex());
                w.writeNode(x.delegate());
                w.writeBytes(x.signature());
            }
        } else if (m instanceof Sync s) {
            w.writeByte(3);
            ids(w, s.tips());
            ids(w, s.pending());
        } else if (m instanceof Fetch f) {
            w.writeByte(4);
            ids(w, f.ids());
        }
        return Bytes.of(w.toByteArray());
    }

    /**
     * @param bytes an encoding
     * @return the message
     * @throws dev.eet.api.InvalidArgumentException naming the field on malformed input
     */
    static DagMessage decode(Bytes bytes) {
        CanonicalReader r = new CanonicalReader(bytes.toArray(), "dag message");
        int kind = r.readByte("kind");
        DagMessage m = switch (kind) {
            case 1 -> new VertexMsg(DagVertex.read(r));
            case 2 -> {
                int n = r.readCount("confirmations", MAX_ITEMS);
                List<Confirmation> l = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    l.add(new Confirmation(r.readBytes("vertex"), r.readNode("delegate"), r.readBytes("signature")));
                }
                yield new Confirms(l);
            }
            case 3 -> new Sync(readIds(r, "tips"), readIds(r, "pending"));
            case 4 -> new Fetch(readIds(r, "ids"));
            default -> throw new dev.eet.api.InvalidArgumentException("dag message", "kind",
                    "unknown kind " + kind);
        };
        r.expectEnd();
        return m;
    }

    private static void ids(CanonicalWriter w, List<Bytes> ids) {
        w.writeInt(ids.size());
        for (Bytes b : ids) {
            w.writeBytes(b);
        }
    }

    private static List<Bytes> readIds(CanonicalReader r, String field) {
        int n = r.readCount(field, MAX_ITEMS);
        List<Bytes> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(r.readBytes(field));
        }
        return l;
    }
}

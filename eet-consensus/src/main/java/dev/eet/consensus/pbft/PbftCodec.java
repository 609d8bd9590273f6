package dev.eet.consensus.pbft;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.consensus.Transport;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.ledger.CanonicalReader;
import dev.eet.consensus.ledger.CanonicalWriter;
import dev.eet.consensus.ledger.LedgerCodec;
import dev.eet.consensus.pbft.PbftMessage.Checkpoint;
import dev.eet.consensus.pbft.PbftMessage.Commit;
import dev.eet.consensus.pbft.PbftMessage.Decision;
import dev.eet.consensus.pbft.PbftMessage.Fetch;
import dev.eet.consensus.pbft.PbftMessage.NewView;
import dev.eet.consensus.pbft.PbftMessage.PrePrepare;
import dev.eet.consensus.pbft.PbftMessage.Prepare;
import dev.eet.consensus.pbft.PbftMessage.PreparedCertificate;
import dev.eet.consensus.pbft.PbftMessage.Request;
import dev.eet.consensus.pbft.PbftMessage.ViewChange;
import dev.eet.consensus.pbft.PbftMessage.ViewQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Binary encoding of {@link PbftMessage}s: a one-byte tag, then the fields in canonical encoding. */
public final class PbftCodec {
    private static final Logger LOG = LoggerFactory.getLogger(PbftCodec.class);
    private static final int MAX = 1 << 16;

    private PbftCodec() {
    }

    /**
     * Decodes every message arriving on {@code transport} and passes it on; malformed messages are logged (at
     * debug level, naming {@code who} and the sender) and dropped. Runs on the transport's thread.
     *
     * @param transport the transport
     * @param who the receiving node, for the log
     * @param handler receives the sender and the decoded message
     */
    public static void listen(Transport transport, String who, BiConsumer<NodeId, PbftMessage> handler) {
        transport.onMessage((from, bytes) -> {
            PbftMessage m;
            try {
                m = decode(bytes);
            } catch (RuntimeException e) {
                LOG.debug("{}: malformed message from {}: {}", who, from, e.getMessage());
                return;
            }
            handler.accept(from, m);
        });
    }

    /** @param m a message @return its bytes */
    public static Bytes encode(PbftMessage m) {
        CanonicalWriter w = new CanonicalWriter(256);
        if (m instanceof Request r) {
            w.writeByte(1);
            LedgerCodec.write(w, r.transaction());
        } else if (m instanceof PrePrepare p) {
            w.writeByte(2);
            writePrePrepare(w, p);
        } else if (m instanceof Prepare p) {
            w.writeByte(3);
            writePrepare(w, p);
        } else if (m instanceof Commit c) {
            w.writeByte(4);
            w.writeLong(c.view()).writeLong(c.height()).writeBytes(c.digest()).writeNode(c.sender())
                    .writeBytes(c.endorsement());
        } else if (m instanceof Checkpoint c) {
            w.writeByte(5);
            w.writeLong(c.height()).writeBytes(c.digest()).writeNode(c.sender()).writeBytes(c.signature());
        } else if (m instanceof ViewChange v) {
            w.writeByte(6);
            writeViewChange(w, v);
        } else if (m instanceof NewView n) {
            w.writeByte(7);
            writeNewViewBody(w, n);
            w.writeBytes(n.signature());
        } else if (m instanceof ViewQuery q) {
            w.writeByte(8);
            w.writeLong(q.view());
        } else if (m instanceof Fetch f) {
            w.writeByte(9);
            w.writeLong(f.fromHeight());
        } else if (m instanceof PbftMessage.Blocks b) {
            w.writeByte(10);
            w.writeInt(b.blocks().size());
            b.blocks().forEach(x -> LedgerCodec.write(w, x));
        } else if (m instanceof Decision d) {
            w.writeByte(11);
            LedgerCodec.write(w, d.block());
        } else {
            throw new IllegalArgumentException("unknown message " + m);
        }
        return Bytes.of(w.toByteArray());
    }

    /**
     * @param bytes an encoded message
     * @return the message
     * @throws InvalidArgumentException if malformed
     */
    public static PbftMessage decode(Bytes bytes) {
        CanonicalReader r = new CanonicalReader(bytes.toArray(), "pbft message");
        int tag = r.readByte("tag");
        PbftMessage m = switch (tag) {
            case 1 -> new Request(LedgerCodec.readTransaction(r));
            case 2 -> readPrePrepare(r);
            case 3 -> readPrepare(r);
            case 4 -> new Commit(r.readLong("view"), r.readLong("height"), r.readBytes("digest"), r.readNode("sender"),
                    r.readBytes("endorsement"));
            case 5 -> new Checkpoint(r.readLong("height"), r.readBytes("digest"), r.readNode("sender"),
                    r.readBytes("signature"));
            case 6 -> readViewChange(r);
            case 7 -> readNewView(r);
            case 8 -> new ViewQuery(r.readLong("view"));
            case 9 -> new Fetch(r.readLong("fromHeight"));
            case 10 -> {
                int n = r.readCount("blocks", MAX);
                List<Block> l = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    l.add(LedgerCodec.readBlock(r));
                }
                yield new PbftMessage.Blocks(l);
            }
            case 11 -> new Decision(LedgerCodec.readBlock(r));
            default -> throw new InvalidArgumentException("pbft message", "tag", "unknown message tag " + tag);
        };
        r.expectEnd();
        return m;
    }

    private static void writePrePrepare(CanonicalWriter w, PrePrepare p) {
        w.writeLong(p.view());
        LedgerCodec.write(w, p.block());
        w.writeNode(p.sender()).writeBytes(p.signature());
    }

    private static PrePrepare readPrePrepare(CanonicalReader r) {
        return new PrePrepare(r.readLong("view"), LedgerCodec.readBlock(r), r.readNode("sender"),
                r.readBytes("signature"));
    }

    private static void writePrepare(CanonicalWriter w, Prepare p) {
        w.writeLong(p.view()).writeLong(p.height()).writeBytes(p.digest()).writeNode(p.sender())
                .writeBytes(p.signature());
    }

    private static Prepare readPrepare(CanonicalReader r) {
        return new Prepare(r.readLong("view"), r.readLong("height"), r.readBytes("digest"), r.readNode("sender"),
                r.readBytes("signature"));
    }

    static void writeViewChangeBody(CanonicalWriter w, ViewChange v) {
        w.writeString("eet-pbft-view-change").writeLong(v.newView()).writeNode(v.sender());
        w.writeByte(v.head().isPresent() ? 1 : 0);
        v.head().ifPresent(h -> LedgerCodec.write(w, h));
        LedgerCodec.write(w, v.headCertificate());
        w.writeByte(v.prepared().isPresent() ? 1 : 0);
        v.prepared().ifPresent(c -> {
            writePrePrepare(w, c.prePrepare());
            w.writeInt(c.prepares().size());
            c.prepares().forEach(p -> writePrepare(w, p));
        });
    }

    private static void writeViewChange(CanonicalWriter w, ViewChange v) {
        writeViewChangeBody(w, v);
        w.writeBytes(v.signature());
    }

    private static ViewChange readViewChange(CanonicalReader r) {
        if (!"eet-pbft-view-change".equals(r.readString("domain"))) {
            throw new InvalidArgumentException("pbft message", "domain", "not a view change");
        }
        long nv = r.readLong("newView");
        var sender = r.readNode("sender");
        var head = r.readByte("hasHead") == 1 ? Optional.of(LedgerCodec.readHeader(r)) : Optional.<dev.eet.api.consensus.BlockHeader>empty();
        var cert = LedgerCodec.readCertificate(r);
        Optional<PreparedCertificate> prepared = Optional.empty();
        if (r.readByte("hasPrepared") == 1) {
            PrePrepare pp = readPrePrepare(r);
            int n = r.readCount("prepares", MAX);
            List<Prepare> ps = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                ps.add(readPrepare(r));
            }
            prepared = Optional.of(new PreparedCertificate(pp, ps));
        }
        return new ViewChange(nv, sender, head, cert, prepared, r.readBytes("signature"));
    }

    static void writeNewViewBody(CanonicalWriter w, NewView n) {
        w.writeString("eet-pbft-new-view").writeLong(n.view()).writeNode(n.sender());
        w.writeInt(n.viewChanges().size());
        n.viewChanges().forEach(v -> writeViewChange(w, v));
        w.writeByte(n.prePrepare().isPresent() ? 1 : 0);
        n.prePrepare().ifPresent(p -> writePrePrepare(w, p));
    }

    private static NewView readNewView(CanonicalReader r) {
        if (!"eet-pbft-new-view".equals(r.readString("domain"))) {
            throw new InvalidArgumentException("pbft message", "domain", "not a new view");
        }
        long v = r.readLong("view");
        var sender = r.readNode("sender");
        int n = r.readCount("viewChanges", MAX);
        List<ViewChange> vcs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            vcs.add(readViewChange(r));
        }
        Optional<PrePrepare> pp = r.readByte("hasPrePrepare") == 1 ? Optional.of(readPrePrepare(r)) : Optional.empty();
        return new NewView(v, sender, vcs, pp, r.readBytes("signature"));
    }
}

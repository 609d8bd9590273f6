package dev.eet.consensus.ledger;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.CommitCertificate;
import dev.eet.api.consensus.LedgerStore;
import dev.eet.api.consensus.TransactionEnvelope;
import dev.eet.api.value.Bytes;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import dev.eet.consensus.crypto.NodeKeys;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The private + public chain pair of [FDPoS] (consensus.md section 1): the private chain holds each trade record
 * in full; the public chain holds, per record, only a {@link Summary} (available energy, price, and the hash of
 * the private record, which is the private transaction's id). Anyone holding a private record can prove it is
 * the one summarised publicly by recomputing its id.
 *
 * <pre>{@code
 * ChainPair pair = new ChainPair(privateStore, publicStore, keys, clock, ChainPair.selfCertified(keys));
 * pair.record(List.of(tradeTx), tx -> new ChainPair.Summary(energy, price, tx.id()));
 * }</pre>
 */
public final class ChainPair {
    /** Transaction type of public summaries. */
    public static final String SUMMARY_TYPE = "public-summary";

    private final LedgerStore privateChain;
    private final LedgerStore publicChain;
    private final NodeKeys keys;
    private final Clock clock;
    private final Function<Block, CommitCertificate> certify;
    private long nonce;

    /**
     * What the public chain shows of one private record.
     *
     * @param availableEnergy the energy offered or traded
     * @param price the price
     * @param privateRecordHash the private record's id (SHA-256 over its signed fields)
     */
    public record Summary(Energy availableEnergy, Price price, Bytes privateRecordHash) {
        /** Checks for nulls and a 32-byte hash. */
        public Summary {
            Objects.requireNonNull(availableEnergy, "availableEnergy");
            Objects.requireNonNull(price, "price");
            if (privateRecordHash.length() != 32) {
                throw new InvalidArgumentException("public summary", "privateRecordHash", "must be 32 bytes");
            }
        }

        /** @return the canonical payload */
        public Bytes encode() {
            return Bytes.of(new CanonicalWriter(64).writeLong(availableEnergy.microKwh())
                    .writeLong(price.microsPerKwh()).writeBytes(privateRecordHash).toByteArray());
        }

        /**
         * @param payload an encoded summary
         * @return the summary
         */
        public static Summary decode(Bytes payload) {
            CanonicalReader r = new CanonicalReader(payload.toArray(), "public summary");
            Summary s = new Summary(new Energy(r.readLong("availableEnergy")), Price.ofMicros(r.readLong("price")),
                    r.readBytes("privateRecordHash"));
            r.expectEnd();
            return s;
        }
    }

    /**
     * @param privateChain full detail
     * @param publicChain summaries
     * @param keys signs blocks and summary transactions
     * @param clock timestamps
     * @param certify produces each block's commit certificate (e.g. from a consensus round)
     */
    public ChainPair(LedgerStore privateChain, LedgerStore publicChain, NodeKeys keys, Clock clock,
                     Function<Block, CommitCertificate> certify) {
        this.privateChain = privateChain;
        this.publicChain = publicChain;
        this.keys = keys;
        this.clock = clock;
        this.certify = certify;
        this.nonce = publicChain.height() + 1;
    }

    /**
     * @param keys the single endorser
     * @return a certifier where the proposer alone endorses (a single-operator deployment)
     */
    public static Function<Block, CommitCertificate> selfCertified(NodeKeys keys) {
        return b -> new CommitCertificate(List.of(Blocks.endorse(keys, Blocks.hash(b))));
    }

    /**
     * Appends one private block with the records and one public block with their summaries.
     *
     * @param records full trade records
     * @param summarise the public view of each record; its hash must be the record's id
     * @return the public block
     * @throws InvalidArgumentException if a summary does not carry its record's id
     */
    public Block record(List<TransactionEnvelope> records, Function<TransactionEnvelope, Summary> summarise) {
        List<TransactionEnvelope> summaries = new ArrayList<>();
        for (TransactionEnvelope r : records) {
            Summary s = summarise.apply(r);
            if (!s.privateRecordHash().equals(r.id())) {
                throw new InvalidArgumentException("public summary", "privateRecordHash",
                        "must be the id of private record " + r.id().toHex());
            }
            summaries.add(Transactions.sign(keys, SUMMARY_TYPE, s.encode(), nonce++, clock.millis()));
        }
        append(privateChain, records);
        return append(publicChain, summaries);
    }

    private Block append(LedgerStore store, List<TransactionEnvelope> txs) {
        long h = store.height() + 1;
        Bytes prev = h == 0 ? Bytes.EMPTY : Blocks.hash(store.block(h - 1).orElseThrow());
        Block b = Blocks.propose(keys, h, prev, txs, clock.millis());
        b = Blocks.withCertificate(b, certify.apply(b));
        store.append(b);
        return b;
    }

    /**
     * Finds the private record a public summary stands for and checks it matches.
     *
     * @param summary a public summary
     * @return the private record, if this node holds it
     */
    public Optional<TransactionEnvelope> privateRecord(Summary summary) {
        for (long h = privateChain.height(); h >= 0; h--) {
            for (TransactionEnvelope tx : privateChain.block(h).orElseThrow().transactions()) {
                if (tx.id().equals(summary.privateRecordHash()) && Transactions.idMatches(tx)) {
                    return Optional.of(tx);
                }
            }
        }
        return Optional.empty();
    }

    /** @return the private chain */
    public LedgerStore privateChain() {
        return privateChain;
    }

    /** @return the public chain */
    public LedgerStore publicChain() {
        return publicChain;
    }
}

package dev.eet.privacy.workflow;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.value.Bytes;
import dev.eet.privacy.commit.PedersenCommitment;
import dev.eet.privacy.commit.PedersenParameters;
import dev.eet.privacy.proof.BulletproofRangeProof;
import dev.eet.privacy.proof.OrProof;
import dev.eet.privacy.proof.SigmaProof;
import dev.eet.privacy.proof.LinearRelation;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies workflow records from public data only (the records on the ledger, the generators and the trusted
 * devices' public keys) and appends the ones that verify. A record is accepted only if every record it references
 * exists with the right kind, each use it makes of another record is the first such use (no plan matched twice,
 * no balance or capacity spent twice), every attestation is by a trusted device of the right role, and every
 * proof verifies under this record's context. A rejected record leaves the ledger unchanged.
 */
public final class PrivateTradeVerifier {
    private final PedersenParameters params;
    private final TrustedDevices devices;
    private final RecordLedger ledger;
    private final BulletproofRangeProof ranges;

    /**
     * @param params the generators
     * @param devices the trusted devices
     * @param ledger the ledger records are checked against and appended to
     */
    public PrivateTradeVerifier(PedersenParameters params, TrustedDevices devices, RecordLedger ledger) {
        this.params = Objects.requireNonNull(params, "params");
        this.devices = Objects.requireNonNull(devices, "devices");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.ranges = new BulletproofRangeProof(params, new SecureRandom()); // verification uses no randomness
    }

    /** Internal: a failed check with its reason. */
    private static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;

        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Verifies a record and appends it if it verifies.
     *
     * @param record the record
     * @return the verdict
     */
    public synchronized Verdict submit(PrivacyRecord record) {
        RecordId id = record.id();
        try {
            if (ledger.find(id).isPresent()) {
                throw new Rejected("already on the ledger");
            }
            Map<RecordId, Use> uses = new LinkedHashMap<>();
            check(record, uses);
            for (Map.Entry<RecordId, Use> e : uses.entrySet()) {
                Optional<RecordId> by = ledger.usedBy(e.getKey(), e.getValue());
                if (by.isPresent()) {
                    throw new Rejected("record " + e.getKey() + " already has use " + e.getValue() + " by " + by.get());
                }
            }
            ledger.append(record, uses);
            return Verdict.accept(id);
        } catch (Rejected e) {
            return Verdict.reject(id, record.kind() + ": " + e.getMessage());
        } catch (InvalidArgumentException e) {
            return Verdict.reject(id, record.kind() + ": " + e.getMessage());
        }
    }

    private void check(PrivacyRecord record, Map<RecordId, Use> uses) throws Rejected {
        if (record instanceof CapacityRecord r) {
            attested(devices.routers(), "router", r.body(), r.attestation());
        } else if (record instanceof BalanceRecord r) {
            attested(devices.rechargeInterfaces(), "recharge interface", r.body(), r.attestation());
        } else if (record instanceof SellPlanRecord r) {
            PedersenCommitment g = capacity(r.capacityRecord());
            notUsed(r.capacityRecord(), Use.SPEND);
            uses.put(r.capacityRecord(), Use.BACK_PLAN);
            range(TradeStatements.sellPlanRange(g, r), r.rangeProof(), r,
                    "plan above capacity or negative quantity/price");
        } else if (record instanceof BuyPlanRecord r) {
            PedersenCommitment b = balance(r.balanceRecord());
            notUsed(r.balanceRecord(), Use.SPEND);
            uses.put(r.balanceRecord(), Use.BACK_PLAN);
            sigma(TradeStatements.buyPlanProduct(params, r), r.productProof(), r, "product",
                    "cost is not quantity * price");
            range(TradeStatements.buyPlanRange(b, r), r.rangeProof(), r, "balance below cost or negative plan");
        } else if (record instanceof MatchRecord r) {
            find(r.sellPlan(), SellPlanRecord.class);
            find(r.buyPlan(), BuyPlanRecord.class);
            attested(devices.serviceNodes(), "service node", r.body(), r.attestation());
            uses.put(r.sellPlan(), Use.MATCH);
            uses.put(r.buyPlan(), Use.MATCH);
            range(List.of(r.quantity()), r.rangeProof(), r, "matched quantity out of range");
        } else if (record instanceof ConfirmationRecord r) {
            MatchRecord m = find(r.match(), MatchRecord.class);
            if (r.role() == Role.SELLER) {
                SellPlanRecord plan = find(m.sellPlan(), SellPlanRecord.class);
                uses.put(r.match(), Use.CONFIRM_SELLER);
                sigma(TradeStatements.sellerOpenings(params, plan), r.openingsProof(), r, "openings",
                        "not the owner of the sell plan");
                range(TradeStatements.sellerConfirmationRange(params, plan, m), r.rangeProof(), r,
                        "match exceeds the sell plan or is below its price");
            } else {
                BuyPlanRecord plan = find(m.buyPlan(), BuyPlanRecord.class);
                uses.put(r.match(), Use.CONFIRM_BUYER);
                sigma(TradeStatements.buyerOpenings(params, plan), r.openingsProof(), r, "openings",
                        "not the owner of the buy plan");
                range(TradeStatements.buyerConfirmationRange(params, plan, m), r.rangeProof(), r,
                        "match exceeds the buy plan or is above its price");
            }
        } else if (record instanceof ActualsRecord r) {
            find(r.match(), MatchRecord.class);
            if (ledger.usedBy(r.match(), Use.CONFIRM_SELLER).isEmpty()
                    || ledger.usedBy(r.match(), Use.CONFIRM_BUYER).isEmpty()) {
                throw new Rejected("match " + r.match() + " is not confirmed by both parties");
            }
            attested(devices.routers(), "router", r.body(), r.attestation());
            uses.put(r.match(), Use.ACTUALS);
        } else if (record instanceof SettlementRecord r) {
            MatchRecord m = find(r.match(), MatchRecord.class);
            ActualsRecord a = find(r.actuals(), ActualsRecord.class);
            if (!a.match().equals(r.match())) {
                throw new Rejected("actuals " + r.actuals() + " belong to another match");
            }
            uses.put(r.match(), Use.SETTLE);
            OrProof proof = OrProof.fromBytes(params.group(), r.orProof().toArray());
            if (!proof.verify(params.group(), TradeStatements.settlementBranches(params, m, a, r.settled()),
                    TradeStatements.transcript(params, "or", r))) {
                throw new Rejected("settled quantity is neither the matched nor the actual quantity");
            }
        } else if (record instanceof BalanceUpdateRecord r) {
            SettlementRecord s = find(r.settlement(), SettlementRecord.class);
            MatchRecord m = find(s.match(), MatchRecord.class);
            PedersenCommitment previous = balance(r.previous());
            if (r.role() == Role.BUYER) {
                BuyPlanRecord plan = find(m.buyPlan(), BuyPlanRecord.class);
                if (!plan.balanceRecord().equals(r.previous())) {
                    throw new Rejected("the buyer must update the balance its buy plan drew on");
                }
            }
            uses.put(r.settlement(), r.role() == Role.BUYER ? Use.UPDATE_BUYER : Use.UPDATE_SELLER);
            uses.put(r.previous(), Use.SPEND);
            sigma(TradeStatements.balanceUpdate(params, r.role(), previous, r.balance(), s.settled(),
                    m.priceMicros()), r.relationProof(), r, "relation", "new balance is not b -/+ v_f * p_m");
            range(List.of(r.balance()), r.rangeProof(), r, "new balance negative");
        } else if (record instanceof GenerationUpdateRecord r) {
            SettlementRecord s = find(r.settlement(), SettlementRecord.class);
            MatchRecord m = find(s.match(), MatchRecord.class);
            SellPlanRecord plan = find(m.sellPlan(), SellPlanRecord.class);
            if (!plan.capacityRecord().equals(r.previous())) {
                throw new Rejected("the generation update must spend the sell plan's capacity record");
            }
            PedersenCommitment previous = capacity(r.previous());
            uses.put(r.settlement(), Use.UPDATE_GENERATION);
            uses.put(r.previous(), Use.SPEND);
            sigma(TradeStatements.generationUpdate(params, previous, r.capacity(), s.settled()), r.relationProof(),
                    r, "relation", "new capacity is not g - v_f");
            range(List.of(r.capacity()), r.rangeProof(), r, "new capacity negative");
        } else {
            throw new Rejected("unknown record kind");
        }
    }

    private <T extends PrivacyRecord> T find(RecordId id, Class<T> type) throws Rejected {
        PrivacyRecord r = ledger.find(id).orElseThrow(() -> new Rejected("referenced record " + id
                + " is not on the ledger"));
        if (!type.isInstance(r)) {
            throw new Rejected("referenced record " + id + " is a " + r.kind() + ", not a " + type.getSimpleName());
        }
        return type.cast(r);
    }

    private PedersenCommitment capacity(RecordId id) throws Rejected {
        PrivacyRecord r = ledger.find(id).orElseThrow(() -> new Rejected("referenced capacity " + id
                + " is not on the ledger"));
        if (r instanceof CapacitySource c) {
            return c.capacity();
        }
        throw new Rejected("referenced record " + id + " is a " + r.kind() + ", not a capacity");
    }

    private PedersenCommitment balance(RecordId id) throws Rejected {
        PrivacyRecord r = ledger.find(id).orElseThrow(() -> new Rejected("referenced balance " + id
                + " is not on the ledger"));
        if (r instanceof BalanceSource b) {
            return b.balance();
        }
        throw new Rejected("referenced record " + id + " is a " + r.kind() + ", not a balance");
    }

    private void notUsed(RecordId id, Use use) throws Rejected {
        Optional<RecordId> by = ledger.usedBy(id, use);
        if (by.isPresent()) {
            throw new Rejected("record " + id + " was already spent by " + by.get());
        }
    }

    private void attested(Map<String, PublicKey> role, String roleName, byte[] body, Attestation a) throws Rejected {
        PublicKey key = TrustedDevices.key(role, a.attester()).orElseThrow(() -> new Rejected("attester '"
                + a.attester() + "' is not a trusted " + roleName));
        if (!Attester.verify(key, body, a)) {
            throw new Rejected("attestation by " + a.attester() + " does not verify");
        }
    }

    private void range(List<PedersenCommitment> cs, Bytes proof, PrivacyRecord r, String meaning) throws Rejected {
        if (!ranges.verify(TradeStatements.BITS, cs, proof.toArray(), TradeStatements.transcript(params, "range", r))) {
            throw new Rejected("range proof does not verify (" + meaning + ")");
        }
    }

    private void sigma(LinearRelation rel, Bytes proof, PrivacyRecord r, String name, String meaning)
            throws Rejected {
        SigmaProof p = SigmaProof.fromBytes(params.group(), proof.toArray());
        if (!p.verify(params.group(), rel, TradeStatements.transcript(params, name, r))) {
            throw new Rejected(name + " proof does not verify (" + meaning + ")");
        }
    }
}

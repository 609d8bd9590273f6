package dev.eet.privacy.workflow;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.privacy.HomomorphicScheme;
import dev.eet.api.value.Bytes;
import dev.eet.privacy.commit.PedersenCommitment;
import dev.eet.privacy.commit.PedersenParameters;
import dev.eet.privacy.compute.ToleranceDecision;
import dev.eet.privacy.proof.BulletproofRangeProof;
import dev.eet.privacy.proof.LinearRelation;
import dev.eet.privacy.proof.OrProof;
import dev.eet.privacy.proof.PedersenRelations;
import dev.eet.privacy.proof.SigmaProof;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the records of the private trading workflow (privacy.md section 5) for whoever holds the secrets of a
 * step: the router, the recharge interface, the seller, the buyer, the service node. Every method checks the
 * secrets against the public commitments and refuses ({@link InvalidArgumentException}) when the statement is
 * false, e.g. a plan above capacity or a balance below cost: an honest prover never emits a record the verifier
 * would reject.
 *
 * <p>Units: quantities in µkWh, prices in µ/kWh, balances in 10^-12 currency units (µkWh × µ/kWh), all below
 * 2^64. Ciphertexts encrypt quantities in kWh and prices per kWh at scale 6 under the supervisor's key.
 */
public final class PrivateTradeProver {
    private static final BigInteger MAX = BigInteger.ONE.shiftLeft(TradeStatements.BITS);

    private final PedersenParameters params;
    private final SecureRandom random;
    private final BulletproofRangeProof ranges;
    private final HomomorphicScheme encryption;
    private final Bytes supervisorKey;

    /**
     * @param params the generators
     * @param random the one source of blindings and proof randomness
     * @param encryption the homomorphic scheme (Paillier)
     * @param supervisorKey the supervisor's encoded public key
     */
    public PrivateTradeProver(PedersenParameters params, SecureRandom random, HomomorphicScheme encryption,
            Bytes supervisorKey) {
        this.params = Objects.requireNonNull(params, "params");
        this.random = Objects.requireNonNull(random, "random");
        this.ranges = new BulletproofRangeProof(params, random);
        this.encryption = Objects.requireNonNull(encryption, "encryption");
        this.supervisorKey = Objects.requireNonNull(supervisorKey, "supervisorKey");
    }

    /**
     * A record with the opening of the commitment it introduces.
     *
     * @param record the record
     * @param opening the secret opening (off chain)
     * @param <R> the record type
     */
    public record Committed<R extends PrivacyRecord>(R record, Opening opening) {
    }

    /**
     * @param record the sell plan
     * @param quantity opening of C_vs
     * @param price opening of C_ps
     */
    public record SellPlan(SellPlanRecord record, Opening quantity, Opening price) {
    }

    /**
     * @param record the buy plan
     * @param quantity opening of C_vp
     * @param price opening of C_pp
     * @param cost opening of C_cost
     */
    public record BuyPlan(BuyPlanRecord record, Opening quantity, Opening price, Opening cost) {
    }

    private Opening fresh(BigInteger value, String subject, String field) {
        if (value.signum() < 0 || value.compareTo(MAX) >= 0) {
            throw new InvalidArgumentException(subject, field, "must be in [0, 2^64), was " + value);
        }
        return new Opening(value, params.group().randomScalar(random));
    }

    private BigInteger n() {
        return params.group().order();
    }

    private Opening minus(Opening a, Opening b) {
        return new Opening(a.value().subtract(b.value()), a.blinding().subtract(b.blinding()).mod(n()));
    }

    private void check(boolean ok, String subject, String field, String problem) {
        if (!ok) {
            throw new InvalidArgumentException(subject, field, problem);
        }
    }

    private Bytes encrypt(BigInteger units) {
        return encryption.encrypt(supervisorKey, new BigDecimal(units, 6));
    }

    private Bytes rangeProof(List<Opening> openings, PrivacyRecord record, String subject) {
        List<BigInteger> vs = new ArrayList<>();
        List<BigInteger> rs = new ArrayList<>();
        for (int i = 0; i < openings.size(); i++) {
            Opening o = openings.get(i);
            check(o.value().signum() >= 0 && o.value().compareTo(MAX) < 0, subject, "range[" + i + "]",
                    "is outside [0, 2^64): " + o.value());
            vs.add(o.value());
            rs.add(o.blinding().mod(n()));
        }
        return Bytes.of(ranges.prove(TradeStatements.BITS, vs, rs,
                TradeStatements.transcript(params, "range", record)));
    }

    private Bytes sigma(LinearRelation rel, List<BigInteger> witness, PrivacyRecord record, String name) {
        return Bytes.of(SigmaProof.prove(params.group(), rel, witness,
                TradeStatements.transcript(params, name, record), random).toBytes(params.group()));
    }

    private void opens(Opening o, PedersenCommitment c, String subject, String field) {
        check(o.commit(params).equals(c), subject, field, "the opening does not open the commitment");
    }

    /**
     * Router: commits to a generation capacity and attests it.
     *
     * @param router the router
     * @param period the delivery period
     * @param capacityMicroKwh g
     * @return the record and the opening (for the seller)
     */
    public Committed<CapacityRecord> attestCapacity(Attester router, String period, long capacityMicroKwh) {
        Opening g = fresh(BigInteger.valueOf(capacityMicroKwh), "capacity", "capacityMicroKwh");
        PedersenCommitment c = g.commit(params);
        return new Committed<>(new CapacityRecord(period, c, router.attest(CapacityRecord.body(period, c))), g);
    }

    /**
     * Recharge interface: commits to a deposited balance and attests it.
     *
     * @param recharge the recharge interface
     * @param reference the deposit reference
     * @param balanceUnits b in 10^-12 currency units
     * @return the record and the opening (for the depositor)
     */
    public Committed<BalanceRecord> attestDeposit(Attester recharge, String reference, BigInteger balanceUnits) {
        Opening b = fresh(balanceUnits, "deposit " + reference, "balanceUnits");
        PedersenCommitment c = b.commit(params);
        return new Committed<>(new BalanceRecord(reference, c, recharge.attest(BalanceRecord.body(reference, c))),
                b);
    }

    /**
     * Seller, step 1.
     *
     * @param capacityRecord the capacity drawn on
     * @param capacity its commitment
     * @param capacityOpening its opening
     * @param quantityMicroKwh v_s
     * @param priceMicros p_s
     * @return the plan and its openings
     */
    public SellPlan sellPlan(RecordId capacityRecord, PedersenCommitment capacity, Opening capacityOpening,
            long quantityMicroKwh, long priceMicros) {
        String subject = "sell plan";
        opens(capacityOpening, capacity, subject, "capacityOpening");
        Opening q = fresh(BigInteger.valueOf(quantityMicroKwh), subject, "quantityMicroKwh");
        Opening p = fresh(BigInteger.valueOf(priceMicros), subject, "priceMicros");
        check(q.value().compareTo(capacityOpening.value()) <= 0, subject, "quantityMicroKwh",
                "exceeds the committed capacity");
        SellPlanRecord draft = new SellPlanRecord(capacityRecord, q.commit(params), p.commit(params),
                encrypt(q.value()), encrypt(p.value()), Bytes.EMPTY);
        Bytes range = rangeProof(List.of(minus(capacityOpening, q), q, p, capacityOpening), draft, subject);
        return new SellPlan(new SellPlanRecord(capacityRecord, draft.quantity(), draft.price(),
                draft.encryptedQuantity(), draft.encryptedPrice(), range), q, p);
    }

    /**
     * Buyer, step 2.
     *
     * @param balanceRecord the balance drawn on
     * @param balance its commitment
     * @param balanceOpening its opening
     * @param quantityMicroKwh v_p
     * @param priceMicros p_p
     * @return the plan and its openings
     */
    public BuyPlan buyPlan(RecordId balanceRecord, PedersenCommitment balance, Opening balanceOpening,
            long quantityMicroKwh, long priceMicros) {
        String subject = "buy plan";
        opens(balanceOpening, balance, subject, "balanceOpening");
        Opening q = fresh(BigInteger.valueOf(quantityMicroKwh), subject, "quantityMicroKwh");
        Opening p = fresh(BigInteger.valueOf(priceMicros), subject, "priceMicros");
        Opening cost = new Opening(q.value().multiply(p.value()), params.group().randomScalar(random));
        check(cost.value().compareTo(balanceOpening.value()) <= 0, subject, "quantityMicroKwh",
                "the plan's cost exceeds the committed balance");
        BuyPlanRecord draft = new BuyPlanRecord(balanceRecord, q.commit(params), p.commit(params),
                cost.commit(params), encrypt(q.value()), encrypt(p.value()), Bytes.EMPTY, Bytes.EMPTY);
        Bytes product = sigma(TradeStatements.buyPlanProduct(params, draft),
                PedersenRelations.productWitness(params, q.value(), q.blinding(), p.blinding(), cost.blinding()),
                draft, "product");
        Bytes range = rangeProof(List.of(minus(balanceOpening, cost), q, p, balanceOpening), draft, subject);
        return new BuyPlan(new BuyPlanRecord(balanceRecord, draft.quantity(), draft.price(), draft.cost(),
                draft.encryptedQuantity(), draft.encryptedPrice(), product, range), q, p, cost);
    }

    /**
     * Service node, step 3: records a match it computed (on ciphertexts) and attests it.
     *
     * @param serviceNode the service node
     * @param sellPlan the sell plan
     * @param buyPlan the buy plan
     * @param quantityMicroKwh v_m
     * @param priceMicros p_m (public)
     * @return the match record and the opening of C_vm (for both parties)
     */
    public Committed<MatchRecord> match(Attester serviceNode, RecordId sellPlan, RecordId buyPlan,
            long quantityMicroKwh, long priceMicros) {
        Opening v = fresh(BigInteger.valueOf(quantityMicroKwh), "match", "quantityMicroKwh");
        check(priceMicros >= 0, "match", "priceMicros", "must not be negative");
        PedersenCommitment c = v.commit(params);
        Bytes enc = encrypt(v.value());
        byte[] body = MatchRecord.body(sellPlan, buyPlan, c, priceMicros, enc);
        Attestation a = serviceNode.attest(body);
        MatchRecord draft = new MatchRecord(sellPlan, buyPlan, c, priceMicros, enc, Bytes.EMPTY, a);
        Bytes range = rangeProof(List.of(v), draft, "match");
        return new Committed<>(new MatchRecord(sellPlan, buyPlan, c, priceMicros, enc, range, a), v);
    }

    /**
     * Seller, step 4: confirms the match of its plan.
     *
     * @param matchId the match record's id
     * @param match the match record
     * @param plan the seller's plan
     * @param plan0 the plan's openings
     * @param matched the opening of C_vm
     * @return the confirmation
     */
    public ConfirmationRecord confirmSale(RecordId matchId, MatchRecord match, SellPlan plan0, SellPlanRecord plan,
            Opening matched) {
        String subject = "seller confirmation";
        opens(plan0.quantity(), plan.quantity(), subject, "quantity");
        opens(plan0.price(), plan.price(), subject, "price");
        opens(matched, match.quantity(), subject, "matched");
        ConfirmationRecord draft = new ConfirmationRecord(matchId, Role.SELLER, Bytes.EMPTY, Bytes.EMPTY);
        Bytes openings = sigma(TradeStatements.sellerOpenings(params, plan), List.of(plan0.quantity().value(),
                plan0.quantity().blinding(), plan0.price().value(), plan0.price().blinding()), draft, "openings");
        Opening priceMargin = new Opening(BigInteger.valueOf(match.priceMicros()).subtract(plan0.price().value()),
                plan0.price().blinding().negate().mod(n()));
        Bytes range = rangeProof(List.of(minus(plan0.quantity(), matched), priceMargin), draft, subject);
        return new ConfirmationRecord(matchId, Role.SELLER, openings, range);
    }

    /**
     * Buyer, step 4: confirms the match of its plan.
     *
     * @param matchId the match record's id
     * @param match the match record
     * @param plan0 the plan's openings
     * @param plan the buyer's plan
     * @param matched the opening of C_vm
     * @return the confirmation
     */
    public ConfirmationRecord confirmPurchase(RecordId matchId, MatchRecord match, BuyPlan plan0, BuyPlanRecord plan,
            Opening matched) {
        String subject = "buyer confirmation";
        opens(plan0.quantity(), plan.quantity(), subject, "quantity");
        opens(plan0.price(), plan.price(), subject, "price");
        opens(matched, match.quantity(), subject, "matched");
        ConfirmationRecord draft = new ConfirmationRecord(matchId, Role.BUYER, Bytes.EMPTY, Bytes.EMPTY);
        Bytes openings = sigma(TradeStatements.buyerOpenings(params, plan), List.of(plan0.quantity().value(),
                plan0.quantity().blinding(), plan0.price().value(), plan0.price().blinding()), draft, "openings");
        Opening priceMargin = new Opening(plan0.price().value().subtract(BigInteger.valueOf(match.priceMicros())),
                plan0.price().blinding());
        Bytes range = rangeProof(List.of(minus(plan0.quantity(), matched), priceMargin), draft, subject);
        return new ConfirmationRecord(matchId, Role.BUYER, openings, range);
    }

    /**
     * Router, step 5: commits to the metered actual and attests it.
     *
     * @param router the router
     * @param matchId the match
     * @param actualMicroKwh v_a
     * @return the record and the opening (for both parties)
     */
    public Committed<ActualsRecord> attestActuals(Attester router, RecordId matchId, long actualMicroKwh) {
        Opening v = fresh(BigInteger.valueOf(actualMicroKwh), "actuals", "actualMicroKwh");
        PedersenCommitment c = v.commit(params);
        Bytes enc = encrypt(v.value());
        return new Committed<>(new ActualsRecord(matchId, c, enc, router.attest(ActualsRecord.body(matchId, c, enc))),
                v);
    }

    /**
     * Step 5 outcome: commits to v_f as the deviation rule decided (WITHIN: v_m, otherwise v_a) and proves in zero
     * knowledge that it is one of the two.
     *
     * @param matchId the match
     * @param match the match record
     * @param actualsId the actuals record
     * @param actuals the actuals record
     * @param matched opening of C_vm
     * @param actual opening of C_va
     * @param decision the supervisor's decision
     * @return the settlement record and the opening of C_vf (for both parties)
     */
    public Committed<SettlementRecord> settle(RecordId matchId, MatchRecord match, RecordId actualsId,
            ActualsRecord actuals, Opening matched, Opening actual, ToleranceDecision decision) {
        String subject = "settlement";
        opens(matched, match.quantity(), subject, "matched");
        opens(actual, actuals.actual(), subject, "actual");
        int branch = decision == ToleranceDecision.WITHIN ? 0 : 1;
        Opening chosen = branch == 0 ? matched : actual;
        Opening vf = new Opening(chosen.value(), params.group().randomScalar(random));
        PedersenCommitment cf = vf.commit(params);
        SettlementRecord draft = new SettlementRecord(matchId, actualsId, cf, Bytes.EMPTY);
        List<LinearRelation> branches = TradeStatements.settlementBranches(params, match, actuals, cf);
        OrProof proof = OrProof.prove(params.group(), branches, branch,
                List.of(vf.blinding().subtract(chosen.blinding()).mod(n())),
                TradeStatements.transcript(params, "or", draft), random);
        return new Committed<>(new SettlementRecord(matchId, actualsId, cf, Bytes.of(proof.toBytes(params.group()))),
                vf);
    }

    /**
     * Step 6: a party's balance update.
     *
     * @param role BUYER pays v_f * p_m, SELLER receives it
     * @param previousId the balance spent
     * @param previous its commitment
     * @param previousOpening its opening
     * @param settlementId the settlement
     * @param settlement the settlement record
     * @param settled the opening of C_vf
     * @param priceMicros the match's p_m
     * @return the update and the opening of the new balance
     */
    public Committed<BalanceUpdateRecord> updateBalance(Role role, RecordId previousId, PedersenCommitment previous,
            Opening previousOpening, RecordId settlementId, SettlementRecord settlement, Opening settled,
            long priceMicros) {
        String subject = role.name().toLowerCase() + " balance update";
        opens(previousOpening, previous, subject, "previousOpening");
        opens(settled, settlement.settled(), subject, "settled");
        BigInteger amount = settled.value().multiply(BigInteger.valueOf(priceMicros));
        BigInteger next = role == Role.BUYER ? previousOpening.value().subtract(amount)
                : previousOpening.value().add(amount);
        Opening nb = fresh(next, subject, "balance");
        BalanceUpdateRecord draft = new BalanceUpdateRecord(role, previousId, settlementId, nb.commit(params),
                Bytes.EMPTY, Bytes.EMPTY);
        BigInteger k = BigInteger.valueOf(role == Role.BUYER ? priceMicros : -priceMicros);
        BigInteger t = nb.blinding().subtract(previousOpening.blinding()).add(k.multiply(settled.blinding())).mod(n());
        Bytes relation = sigma(TradeStatements.balanceUpdate(params, role, previous, draft.balance(),
                settlement.settled(), priceMicros), List.of(t), draft, "relation");
        Bytes range = rangeProof(List.of(nb), draft, subject);
        return new Committed<>(new BalanceUpdateRecord(role, previousId, settlementId, draft.balance(), relation,
                range), nb);
    }

    /**
     * Step 6 (seller): the generation update g' = g - v_f.
     *
     * @param previousId the capacity record of the sell plan
     * @param previous its commitment
     * @param previousOpening its opening
     * @param settlementId the settlement
     * @param settlement the settlement record
     * @param settled the opening of C_vf
     * @return the update and the opening of the remaining capacity
     */
    public Committed<GenerationUpdateRecord> updateGeneration(RecordId previousId, PedersenCommitment previous,
            Opening previousOpening, RecordId settlementId, SettlementRecord settlement, Opening settled) {
        String subject = "generation update";
        opens(previousOpening, previous, subject, "previousOpening");
        opens(settled, settlement.settled(), subject, "settled");
        Opening ng = fresh(previousOpening.value().subtract(settled.value()), subject, "capacity");
        GenerationUpdateRecord draft = new GenerationUpdateRecord(previousId, settlementId, ng.commit(params),
                Bytes.EMPTY, Bytes.EMPTY);
        BigInteger t = ng.blinding().subtract(previousOpening.blinding()).add(settled.blinding()).mod(n());
        Bytes relation = sigma(TradeStatements.generationUpdate(params, previous, draft.capacity(),
                settlement.settled()), List.of(t), draft, "relation");
        Bytes range = rangeProof(List.of(ng), draft, subject);
        return new Committed<>(new GenerationUpdateRecord(previousId, settlementId, draft.capacity(), relation,
                range), ng);
    }
}

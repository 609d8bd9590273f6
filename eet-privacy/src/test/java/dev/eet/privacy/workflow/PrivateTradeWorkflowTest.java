package dev.eet.privacy.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.privacy.HomomorphicScheme;
import dev.eet.api.value.Bytes;
import dev.eet.privacy.commit.PedersenCommitment;
import dev.eet.privacy.commit.PedersenParameters;
import dev.eet.privacy.compute.EncryptedDeviation;
import dev.eet.privacy.compute.KeyHolder;
import dev.eet.privacy.compute.ToleranceDecision;
import dev.eet.privacy.paillier.PaillierCiphertext;
import dev.eet.privacy.paillier.PaillierEncryptor;
import dev.eet.privacy.paillier.PaillierPrivateKey;
import dev.eet.privacy.paillier.PaillierPublicKey;
import dev.eet.privacy.paillier.PaillierScheme;
import dev.eet.privacy.paillier.RandomiserMode;
import dev.eet.privacy.proof.SigmaProof;
import dev.eet.privacy.workflow.PrivateTradeProver.BuyPlan;
import dev.eet.privacy.workflow.PrivateTradeProver.Committed;
import dev.eet.privacy.workflow.PrivateTradeProver.SellPlan;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One honest private trade through the six steps of privacy.md section 5, verified from public data only, and
 * every cheat of the acceptance list rejected.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivateTradeWorkflowTest {
    private static final PedersenParameters P = PedersenParameters.p256();
    private static final BigInteger PICO = BigInteger.TEN.pow(12);
    private static final BigDecimal SIGMA = new BigDecimal("0.05");

    private final SecureRandom rnd = new SecureRandom();
    private HomomorphicScheme paillier;
    private HomomorphicScheme.KeyPair supervisorKeys;
    private Attester router;
    private Attester recharge;
    private Attester serviceNode;
    private TrustedDevices devices;
    private PrivateTradeProver prover;

    /** The public state and the parties' secrets after each step of the honest trade. */
    private final class Trade {
        final InMemoryRecordLedger ledger = new InMemoryRecordLedger();
        final PrivateTradeVerifier verifier = new PrivateTradeVerifier(P, devices, ledger);
        Committed<CapacityRecord> capacity;
        Committed<BalanceRecord> buyerDeposit;
        Committed<BalanceRecord> sellerDeposit;
        SellPlan sell;
        BuyPlan buy;
        Committed<MatchRecord> match;
        ConfirmationRecord sellerConfirmation;
        ConfirmationRecord buyerConfirmation;
        Committed<ActualsRecord> actuals;
        ToleranceDecision decision;
        Committed<SettlementRecord> settlement;
        Committed<BalanceUpdateRecord> buyerUpdate;
        Committed<BalanceUpdateRecord> sellerUpdate;
        Committed<GenerationUpdateRecord> generationUpdate;

        void accept(PrivacyRecord r) {
            Verdict v = verifier.submit(r);
            assertTrue(v.accepted(), v.toString());
        }

        void reject(PrivacyRecord r, String reasonFragment) {
            int before = ledger.records().size();
            Verdict v = verifier.submit(r);
            assertFalse(v.accepted(), "must be rejected: " + r.kind());
            assertTrue(v.reason().contains(reasonFragment), v.reason());
            assertEquals(before, ledger.records().size(), "a rejected record must not change the ledger");
        }
    }

    @BeforeAll
    void setUp() {
        paillier = new PaillierScheme(1024, PaillierPublicKey.MIN_TEST_BITS, RandomiserMode.STANDARD, rnd);
        supervisorKeys = paillier.generateKeyPair();
        router = Attester.generate("router-7", rnd);
        recharge = Attester.generate("recharge-1", rnd);
        serviceNode = Attester.generate("service-node-2", rnd);
        devices = new TrustedDevices(Map.of(router.name(), router.publicKey()),
                Map.of(recharge.name(), recharge.publicKey()), Map.of(serviceNode.name(), serviceNode.publicKey()));
        prover = new PrivateTradeProver(P, rnd, paillier, supervisorKeys.publicKey());
    }

    /** Steps 1-2: capacity 10 kWh, sell 8 kWh at >= 0.30; deposit 100, buy 8 kWh at <= 0.50. */
    private Trade plans() {
        Trade t = new Trade();
        t.capacity = prover.attestCapacity(router, "2026-11-21T12:00/PT1H", 10_000_000);
        t.accept(t.capacity.record());
        t.buyerDeposit = prover.attestDeposit(recharge, "deposit-B1", BigInteger.valueOf(100).multiply(PICO));
        t.accept(t.buyerDeposit.record());
        t.sellerDeposit = prover.attestDeposit(recharge, "deposit-S1", BigInteger.ZERO);
        t.accept(t.sellerDeposit.record());
        t.sell = prover.sellPlan(t.capacity.record().id(), t.capacity.record().capacity(), t.capacity.opening(),
                8_000_000, 300_000);
        t.accept(t.sell.record());
        t.buy = prover.buyPlan(t.buyerDeposit.record().id(), t.buyerDeposit.record().balance(),
                t.buyerDeposit.opening(), 8_000_000, 500_000);
        t.accept(t.buy.record());
        return t;
    }

    /** Steps 3-4: match 8 kWh at 0.40, both parties confirm. */
    private Trade matched() {
        Trade t = plans();
        t.match = prover.match(serviceNode, t.sell.record().id(), t.buy.record().id(), 8_000_000, 400_000);
        t.accept(t.match.record());
        t.sellerConfirmation = prover.confirmSale(t.match.record().id(), t.match.record(), t.sell,
                t.sell.record(), t.match.opening());
        t.accept(t.sellerConfirmation);
        t.buyerConfirmation = prover.confirmPurchase(t.match.record().id(), t.match.record(), t.buy,
                t.buy.record(), t.match.opening());
        t.accept(t.buyerConfirmation);
        return t;
    }

    /** Step 5: actual 7.9 kWh; the supervisor decides the deviation rule on ciphertexts; v_f is committed. */
    private Trade settled() {
        Trade t = matched();
        t.actuals = prover.attestActuals(router, t.match.record().id(), 7_900_000);
        t.accept(t.actuals.record());
        t.decision = superviseDeviation(t.match.record().encryptedQuantity(), t.actuals.record().encryptedActual());
        t.settlement = prover.settle(t.match.record().id(), t.match.record(), t.actuals.record().id(),
                t.actuals.record(), t.match.opening(), t.actuals.opening(), t.decision);
        t.accept(t.settlement.record());
        return t;
    }

    /** Step 6: balance and generation updates. */
    private Trade completed() {
        Trade t = settled();
        RecordId sid = t.settlement.record().id();
        t.buyerUpdate = prover.updateBalance(Role.BUYER, t.buyerDeposit.record().id(),
                t.buyerDeposit.record().balance(), t.buyerDeposit.opening(), sid, t.settlement.record(),
                t.settlement.opening(), t.match.record().priceMicros());
        t.accept(t.buyerUpdate.record());
        t.sellerUpdate = prover.updateBalance(Role.SELLER, t.sellerDeposit.record().id(),
                t.sellerDeposit.record().balance(), t.sellerDeposit.opening(), sid, t.settlement.record(),
                t.settlement.opening(), t.match.record().priceMicros());
        t.accept(t.sellerUpdate.record());
        t.generationUpdate = prover.updateGeneration(t.capacity.record().id(), t.capacity.record().capacity(),
                t.capacity.opening(), sid, t.settlement.record(), t.settlement.opening());
        t.accept(t.generationUpdate.record());
        return t;
    }

    /** The supervisor (key holder) decides d < sigma from Enc(v_m) and Enc(v_a) via the compute package. */
    private ToleranceDecision superviseDeviation(Bytes encMatched, Bytes encActual) {
        PaillierPublicKey pk = PaillierPublicKey.decode(supervisorKeys.publicKey(), PaillierPublicKey.MIN_TEST_BITS);
        PaillierPrivateKey sk = PaillierPrivateKey.decode(supervisorKeys.privateKey(),
                PaillierPublicKey.MIN_TEST_BITS);
        EncryptedDeviation settler = new EncryptedDeviation(PaillierEncryptor.standard(pk, rnd), rnd);
        return new KeyHolder(sk, rnd).decide(settler.toleranceTest(PaillierCiphertext.decode(pk, encActual),
                PaillierCiphertext.decode(pk, encMatched), SIGMA));
    }

    @Test
    void honestTradeVerifiesFromPublicDataOnly() {
        Trade t = completed();
        assertEquals(ToleranceDecision.WITHIN, t.decision, "1.25% deviation is within 5%");
        assertEquals(BigInteger.valueOf(8_000_000), t.settlement.opening().value(), "v_f = v_m");
        assertEquals(BigInteger.valueOf(100).multiply(PICO).subtract(BigInteger.valueOf(3_200_000).multiply(
                BigInteger.TEN.pow(6))), t.buyerUpdate.opening().value(), "buyer pays 8 kWh * 0.40 = 3.2");
        assertEquals(BigInteger.valueOf(32).multiply(BigInteger.TEN.pow(11)), t.sellerUpdate.opening().value());
        assertEquals(BigInteger.valueOf(2_000_000), t.generationUpdate.opening().value());

        // an independent verifier with only the public records, the generators and the devices' public keys
        InMemoryRecordLedger fresh = new InMemoryRecordLedger();
        PrivateTradeVerifier auditor = new PrivateTradeVerifier(P, devices, fresh);
        for (PrivacyRecord r : t.ledger.records()) {
            Verdict v = auditor.submit(r);
            assertTrue(v.accepted(), v.toString());
        }
        assertEquals(13, fresh.records().size());
    }

    @Test
    void deviationBeyondToleranceSettlesTheActual() {
        Trade t = matched();
        t.actuals = prover.attestActuals(router, t.match.record().id(), 6_000_000);
        t.accept(t.actuals.record());
        ToleranceDecision d = superviseDeviation(t.match.record().encryptedQuantity(),
                t.actuals.record().encryptedActual());
        assertEquals(ToleranceDecision.BELOW, d);
        Committed<SettlementRecord> s = prover.settle(t.match.record().id(), t.match.record(),
                t.actuals.record().id(), t.actuals.record(), t.match.opening(), t.actuals.opening(), d);
        t.accept(s.record());
        assertEquals(BigInteger.valueOf(6_000_000), s.opening().value());
    }

    @Test
    void wrongOpeningIsRefused() {
        Trade t = new Trade();
        Committed<CapacityRecord> c = prover.attestCapacity(router, "p", 10_000_000);
        Opening wrong = new Opening(BigInteger.valueOf(20_000_000), c.opening().blinding());
        assertThrows(InvalidArgumentException.class,
                () -> prover.sellPlan(c.record().id(), c.record().capacity(), wrong, 15_000_000, 1));
        t.accept(c.record());
    }

    @Test
    void sellingMoreThanCapacityIsRejected() {
        Trade t = plans();
        assertThrows(InvalidArgumentException.class, () -> prover.sellPlan(t.capacity.record().id(),
                t.capacity.record().capacity(), t.capacity.opening(), 10_000_001, 300_000));
        // a cheater swaps in a commitment to 12 kWh and keeps a proof made for a smaller plan on a fresh capacity
        Committed<CapacityRecord> other = prover.attestCapacity(router, "other", 10_000_000);
        t.accept(other.record());
        SellPlan honest = prover.sellPlan(other.record().id(), other.record().capacity(), other.opening(),
                8_000_000, 300_000);
        PedersenCommitment twelve = P.commit(BigInteger.valueOf(12_000_000), P.group().randomScalar(rnd));
        SellPlanRecord cheat = new SellPlanRecord(other.record().id(), twelve, honest.record().price(),
                honest.record().encryptedQuantity(), honest.record().encryptedPrice(), honest.record().rangeProof());
        t.reject(cheat, "range proof does not verify");
    }

    @Test
    void balanceBelowCostIsRejected() {
        Trade t = plans();
        Committed<BalanceRecord> small = prover.attestDeposit(recharge, "deposit-B2", BigInteger.valueOf(1)
                .multiply(PICO));
        t.accept(small.record());
        assertThrows(InvalidArgumentException.class, () -> prover.buyPlan(small.record().id(),
                small.record().balance(), small.opening(), 8_000_000, 500_000));
        // cheater: an honest cheap plan (1 kWh at 0.50 = 0.5) whose cost commitment is swapped for 4.0
        BuyPlan cheap = prover.buyPlan(small.record().id(), small.record().balance(), small.opening(), 1_000_000,
                500_000);
        PedersenCommitment bigCost = P.commit(BigInteger.valueOf(4).multiply(PICO), P.group().randomScalar(rnd));
        BuyPlanRecord r = cheap.record();
        t.reject(new BuyPlanRecord(r.balanceRecord(), r.quantity(), r.price(), bigCost, r.encryptedQuantity(),
                r.encryptedPrice(), r.productProof(), r.rangeProof()), "product proof does not verify");
    }

    @Test
    void proofReplayedUnderAnotherContextIsRejected() {
        Trade t = matched();
        // the seller's plan proof moved to a plan record that names another capacity record (Frozen Heart class)
        Committed<CapacityRecord> other = prover.attestCapacity(router, "other", 10_000_000);
        t.accept(other.record());
        SellPlanRecord s = t.sell.record();
        t.reject(new SellPlanRecord(other.record().id(), s.quantity(), s.price(), s.encryptedQuantity(),
                s.encryptedPrice(), s.rangeProof()), "range proof does not verify");
        // the buyer's confirmation proofs replayed for a second match of other plans
        Trade t2 = plans();
        Committed<MatchRecord> m2 = prover.match(serviceNode, t2.sell.record().id(), t2.buy.record().id(),
                8_000_000, 400_000);
        t2.accept(m2.record());
        ConfirmationRecord c = t.buyerConfirmation;
        t2.reject(new ConfirmationRecord(m2.record().id(), Role.BUYER, c.openingsProof(), c.rangeProof()),
                "openings proof does not verify");
        // and the same record twice
        t.reject(t.buyerConfirmation, "already on the ledger");
    }

    @Test
    void tamperedProofBytesAreRejected() {
        Trade t = plans();
        BuyPlan b = prover.buyPlan(t.sellerDeposit.record().id(), t.sellerDeposit.record().balance(),
                t.sellerDeposit.opening(), 0, 0);
        BuyPlanRecord r = b.record();
        byte[] range = r.rangeProof().toArray();
        range[range.length / 2] ^= 0x10;
        t.reject(new BuyPlanRecord(r.balanceRecord(), r.quantity(), r.price(), r.cost(), r.encryptedQuantity(),
                r.encryptedPrice(), r.productProof(), Bytes.of(range)), "range proof does not verify");
        byte[] product = r.productProof().toArray();
        product[product.length - 1] ^= 0x01;
        t.reject(new BuyPlanRecord(r.balanceRecord(), r.quantity(), r.price(), r.cost(), r.encryptedQuantity(),
                r.encryptedPrice(), Bytes.of(product), r.rangeProof()), "product proof does not verify");
        t.accept(r);
    }

    @Test
    void pointsOffTheCurveOrIdentityInProofsAreRejected() {
        Trade t = plans();
        BuyPlan b = prover.buyPlan(t.sellerDeposit.record().id(), t.sellerDeposit.record().balance(),
                t.sellerDeposit.opening(), 0, 0);
        BuyPlanRecord r = b.record();
        SigmaProof p = SigmaProof.fromBytes(P.group(), r.productProof().toArray());
        byte[] bytes = r.productProof().toArray();
        // the first T point starts after the 4-byte count; replace its x with one that has no curve point
        byte[] offCurve = bytes.clone();
        boolean found = false;
        for (int k = 1; k < 256 && !found; k++) {
            offCurve[5 + 31] = (byte) k;
            try {
                P.group().decodePoint(java.util.Arrays.copyOfRange(offCurve, 4, 37), "x");
            } catch (InvalidArgumentException e) {
                found = true;
            }
        }
        assertTrue(found);
        t.reject(withProduct(r, offCurve), "is not on the curve");
        byte[] identity = bytes.clone();
        java.util.Arrays.fill(identity, 4, 37, (byte) 0);
        t.reject(withProduct(r, identity), "not the identity");
        // a scalar at or above the group order
        byte[] bigScalar = bytes.clone();
        java.util.Arrays.fill(bigScalar, bytes.length - 32, bytes.length, (byte) 0xff);
        t.reject(withProduct(r, bigScalar), "below the group order");
        assertEquals(2, p.commitments().size());
    }

    private static BuyPlanRecord withProduct(BuyPlanRecord r, byte[] product) {
        return new BuyPlanRecord(r.balanceRecord(), r.quantity(), r.price(), r.cost(), r.encryptedQuantity(),
                r.encryptedPrice(), Bytes.of(product), r.rangeProof());
    }

    @Test
    void forgedConfirmationOfSomeoneElsesPlanIsRejected() {
        Trade t = plans();
        t.match = prover.match(serviceNode, t.sell.record().id(), t.buy.record().id(), 8_000_000, 400_000);
        t.accept(t.match.record());
        // a third party with its own plan (same sizes) and even the match opening tries to confirm as the buyer
        Committed<BalanceRecord> mallory = prover.attestDeposit(recharge, "deposit-M", BigInteger.valueOf(100)
                .multiply(PICO));
        t.accept(mallory.record());
        BuyPlan own = prover.buyPlan(mallory.record().id(), mallory.record().balance(), mallory.opening(),
                8_000_000, 500_000);
        assertThrows(InvalidArgumentException.class, () -> prover.confirmPurchase(t.match.record().id(),
                t.match.record(), own, t.buy.record(), t.match.opening()), "the prover refuses foreign plans");
        ConfirmationRecord forged = prover.confirmPurchase(t.match.record().id(), t.match.record(), own,
                own.record(), t.match.opening());
        t.reject(forged, "not the owner of the buy plan");
        // the real buyer still can
        t.accept(prover.confirmPurchase(t.match.record().id(), t.match.record(), t.buy, t.buy.record(),
                t.match.opening()));
    }

    @Test
    void spentBalanceCannotBeUsedAgain() {
        Trade t = completed();
        // a new plan on the spent deposit
        BuyPlan again = prover.buyPlan(t.sellerDeposit.record().id(), t.sellerDeposit.record().balance(),
                t.sellerDeposit.opening(), 0, 0);
        t.reject(again.record(), "already spent");
        // a second update of the buyer's spent deposit under the same settlement
        Committed<BalanceUpdateRecord> twice = prover.updateBalance(Role.BUYER, t.buyerDeposit.record().id(),
                t.buyerDeposit.record().balance(), t.buyerDeposit.opening(), t.settlement.record().id(),
                t.settlement.record(), t.settlement.opening(), t.match.record().priceMicros());
        t.reject(twice.record(), "already has use");
        // the new balance is usable
        BuyPlan next = prover.buyPlan(t.buyerUpdate.record().id(), t.buyerUpdate.record().balance(),
                t.buyerUpdate.opening(), 1_000_000, 500_000);
        t.accept(next.record());
    }

    @Test
    void unattestedOrUnconfirmedRecordsAreRejected() {
        Trade t = plans();
        Attester rogue = Attester.generate("router-7", rnd); // same name, different key
        t.reject(prover.attestCapacity(rogue, "p", 5).record(), "does not verify");
        t.reject(prover.attestCapacity(Attester.generate("router-x", rnd), "p", 5).record(), "not a trusted router");
        t.match = prover.match(serviceNode, t.sell.record().id(), t.buy.record().id(), 8_000_000, 400_000);
        t.accept(t.match.record());
        t.reject(prover.attestActuals(router, t.match.record().id(), 1).record(), "not confirmed");
        t.reject(prover.match(serviceNode, t.sell.record().id(), t.buy.record().id(), 1, 400_000).record(),
                "already has use MATCH");
        // a buyer whose match price is above its limit cannot confirm: the prover refuses, the verifier rejects
        Trade u = plans();
        Committed<MatchRecord> dear = prover.match(serviceNode, u.sell.record().id(), u.buy.record().id(),
                8_000_000, 600_000);
        u.accept(dear.record());
        assertThrows(InvalidArgumentException.class, () -> prover.confirmPurchase(dear.record().id(),
                dear.record(), u.buy, u.buy.record(), dear.opening()));
        List<PrivacyRecord> none = List.of();
        assertTrue(none.isEmpty());
    }
}

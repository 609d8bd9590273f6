package dev.eet.privacy.workflow;

import dev.eet.privacy.commit.PedersenCommitment;
import dev.eet.privacy.commit.PedersenParameters;
import dev.eet.privacy.proof.LinearRelation;
import dev.eet.privacy.proof.PedersenRelations;
import dev.eet.privacy.proof.Transcript;
import java.math.BigInteger;
import java.util.List;

/**
 * The statements of each workflow proof, built identically by prover and verifier from public record data. Kept
 * in one place so the two sides cannot drift apart.
 */
final class TradeStatements {
    /** Bit length of every range proof in the workflow. */
    static final int BITS = 64;

    private TradeStatements() {
    }

    static Transcript transcript(PedersenParameters p, String proof, PrivacyRecord record) {
        return new Transcript("eet/private-trade/" + record.kind() + "/" + proof, p, record.context());
    }

    static List<PedersenCommitment> sellPlanRange(PedersenCommitment capacity, SellPlanRecord plan) {
        return List.of(capacity.subtract(plan.quantity()), plan.quantity(), plan.price(), capacity);
    }

    static List<PedersenCommitment> buyPlanRange(PedersenCommitment balance, BuyPlanRecord plan) {
        return List.of(balance.subtract(plan.cost()), plan.quantity(), plan.price(), balance);
    }

    static LinearRelation buyPlanProduct(PedersenParameters p, BuyPlanRecord plan) {
        return PedersenRelations.product(p, plan.quantity(), plan.price(), plan.cost());
    }

    static LinearRelation sellerOpenings(PedersenParameters p, SellPlanRecord plan) {
        return PedersenRelations.openings(p, List.of(plan.quantity(), plan.price()));
    }

    static LinearRelation buyerOpenings(PedersenParameters p, BuyPlanRecord plan) {
        return PedersenRelations.openings(p, List.of(plan.quantity(), plan.price()));
    }

    static List<PedersenCommitment> sellerConfirmationRange(PedersenParameters p, SellPlanRecord plan,
            MatchRecord match) {
        PedersenCommitment priceMargin = p.wrap(p.g().multiply(BigInteger.valueOf(match.priceMicros())))
                .subtract(plan.price());
        return List.of(plan.quantity().subtract(match.quantity()), priceMargin);
    }

    static List<PedersenCommitment> buyerConfirmationRange(PedersenParameters p, BuyPlanRecord plan,
            MatchRecord match) {
        PedersenCommitment priceMargin = plan.price().addValue(BigInteger.valueOf(match.priceMicros()).negate());
        return List.of(plan.quantity().subtract(match.quantity()), priceMargin);
    }

    static List<LinearRelation> settlementBranches(PedersenParameters p, MatchRecord match, ActualsRecord actuals,
            PedersenCommitment settled) {
        return List.of(PedersenRelations.zero(p, "settled=matched", settled.subtract(match.quantity())),
                PedersenRelations.zero(p, "settled=actual", settled.subtract(actuals.actual())));
    }

    /** C_b' - C_b + sign * p_m * C_vf, sign +1 for the buyer (pays) and -1 for the seller (is paid). */
    static LinearRelation balanceUpdate(PedersenParameters p, Role role, PedersenCommitment previous,
            PedersenCommitment next, PedersenCommitment settled, long priceMicros) {
        BigInteger k = BigInteger.valueOf(priceMicros);
        if (role == Role.SELLER) {
            k = k.negate();
        }
        return PedersenRelations.zero(p, "balance-update-" + role.name().toLowerCase(),
                next.subtract(previous).add(settled.multiply(k)));
    }

    static LinearRelation generationUpdate(PedersenParameters p, PedersenCommitment previous,
            PedersenCommitment next, PedersenCommitment settled) {
        return PedersenRelations.zero(p, "generation-update", next.subtract(previous).add(settled));
    }
}

package dev.eet.consensus.election;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Candidate;
import java.util.List;
import java.util.Locale;

/**
 * [Credit]'s node-credit DPoS election ({@code credit}): delegates are the top K by consensus value
 * {@code G = mu * C + xi * V} (formulas in {@link CreditFormula}).
 *
 * <p>Candidate attributes, all on the [0, 10] scale where they are scores:
 * <ul>
 *   <li>{@code frequency} (F) and {@code capacity} (P), required, in [0, 10];</li>
 *   <li>{@code quality} (D) in [0, 10], or raw {@code plannedKwh} and {@code actualKwh} turned into D;</li>
 *   <li>{@code creditLoss} (dC_minus, &ge; 0), or raw {@code hoursSinceDelegate} with {@code tradingCycleHours}
 *       or {@code pvClass} ({@code household}, {@code cluster}, {@code community}); 0 when none is given;</li>
 *   <li>{@code creditGain} (dC_plus, &ge; 0), or raw {@code packedAll} ({@code true}/{@code false}); 0 when
 *       none is given;</li>
 *   <li>{@code votes}, the votes the node received (&ge; 0, default 0); V = 10 * votes / the sum of
 *       {@code votes} over every candidate listed (the votes cast);</li>
 *   <li>{@code role}: {@code prosumer} (default), {@code seller}, {@code buyer}, {@code supervisor} or
 *       {@code backstop}; only prosumers and sellers stand, the others are excluded with their role as reason.</li>
 * </ul>
 * With {@code requireRoles=true} the election fails unless at least one supervisor and one backstop node are
 * listed.
 */
public final class CreditPolicy extends ScoringPolicy<CreditPolicy.Field> {
    private final CreditFormula formula;
    private final boolean requireRoles;

    /**
     * @param formula the weights
     * @param requireRoles whether a supervisor and a backstop node must be among the candidates
     */
    public CreditPolicy(CreditFormula formula, boolean requireRoles) {
        super("credit", Best.HIGHEST);
        this.formula = formula;
        this.requireRoles = requireRoles;
    }

    /** @return the formula's weights */
    public CreditFormula formula() {
        return formula;
    }

    /**
     * What the policy learns about the whole field; each candidate's {@code votes} and {@code role} are read
     * (parsed) once here and kept by position for {@link #assess}.
     *
     * @param totalVotes the votes cast (sum over every candidate's {@code votes})
     * @param votes each candidate's votes, by position
     * @param roles each candidate's role, by position
     */
    record Field(double totalVotes, double[] votes, NodeRole[] roles, CandidateAttributes[] attributes) {
    }

    private static final CandidateAttributes.Keys KEYS = CandidateAttributes.Keys.of("votes", "role", "frequency",
            "capacity", "quality", "plannedKwh", "actualKwh", "creditLoss", "hoursSinceDelegate", "tradingCycleHours",
            "pvClass", "creditGain", "packedAll");

    @Override
    protected Field survey(List<Candidate> candidates) {
        double total = 0;
        boolean supervisor = false;
        boolean backstop = false;
        double[] votes = new double[candidates.size()];
        NodeRole[] roles = new NodeRole[candidates.size()];
        CandidateAttributes[] attributes = new CandidateAttributes[candidates.size()];
        for (int i = 0; i < votes.length; i++) {
            CandidateAttributes at = new CandidateAttributes(candidates.get(i), KEYS);
            attributes[i] = at;
            votes[i] = at.nonNegative("votes", 0);
            total += votes[i];
            NodeRole role = role(at);
            roles[i] = role;
            supervisor |= role == NodeRole.SUPERVISOR;
            backstop |= role == NodeRole.BACKSTOP;
        }
        if (requireRoles && !(supervisor && backstop)) {
            throw new InvalidArgumentException(subject(), "candidates",
                    "at least one supervisor node (exchange or grid company) and one backstop node (grid operator)"
                            + " must be configured; missing: " + (supervisor ? "backstop" : "supervisor"));
        }
        return new Field(total, votes, roles, attributes);
    }

    @Override
    protected Assessment assess(Candidate candidate, int index, Field field) {
        CandidateAttributes at = field.attributes()[index];
        NodeRole role = field.roles()[index];
        if (!role.stands()) {
            return Assessment.exclude(switch (role) {
                case BUYER -> "buys only; buyers never stand for election";
                case SUPERVISOR -> "supervisor node (exchange or grid company) oversees elections and does not stand";
                case BACKSTOP -> "backstop node (grid operator) covers for the exchange and does not stand";
                default -> throw new IllegalStateException(role.toString());
            });
        }
        double credit = credit(at);
        double v = formula.voteScore(field.votes()[index], field.totalVotes());
        return Assessment.score(formula.consensusValue(credit, v));
    }

    /**
     * Credit C of one candidate from its attributes (normalised or raw).
     *
     * @param at the candidate's attributes
     * @return C
     */
    double credit(CandidateAttributes at) {
        double f = at.within("frequency", 0, 10);
        double p = at.within("capacity", 0, 10);
        return formula.credit(f, p, quality(at), gain(at), loss(at));
    }

    private double quality(CandidateAttributes at) {
        boolean raw = at.has("plannedKwh") || at.has("actualKwh");
        if (at.has("quality")) {
            if (raw) {
                throw at.invalid("quality", "give either quality or plannedKwh and actualKwh, not both");
            }
            return at.within("quality", 0, 10);
        }
        if (!raw) {
            throw at.invalid("quality", "is required (or give plannedKwh and actualKwh)");
        }
        double planned = at.nonNegative("plannedKwh");
        double actual = at.nonNegative("actualKwh");
        if (planned == 0) {
            throw at.invalid("plannedKwh", "must be positive, was 0");
        }
        return formula.quality(planned, actual);
    }

    private double loss(CandidateAttributes at) {
        boolean raw = at.has("hoursSinceDelegate") || at.has("tradingCycleHours") || at.has("pvClass");
        if (at.has("creditLoss")) {
            if (raw) {
                throw at.invalid("creditLoss",
                        "give either creditLoss or hoursSinceDelegate with tradingCycleHours or pvClass, not both");
            }
            return at.nonNegative("creditLoss");
        }
        if (!raw) {
            return 0.0;
        }
        double t = at.nonNegative("hoursSinceDelegate");
        double cycle;
        if (at.has("tradingCycleHours")) {
            if (at.has("pvClass")) {
                throw at.invalid("tradingCycleHours", "give either tradingCycleHours or pvClass, not both");
            }
            cycle = at.nonNegative("tradingCycleHours");
            if (cycle == 0) {
                throw at.invalid("tradingCycleHours", "must be positive, was 0");
            }
        } else if (at.has("pvClass")) {
            cycle = pvClass(at).tradingCycleHours();
        } else {
            throw at.invalid("tradingCycleHours", "is required with hoursSinceDelegate (or give pvClass)");
        }
        return formula.creditLoss(t, cycle);
    }

    private double gain(CandidateAttributes at) {
        if (at.has("creditGain")) {
            if (at.has("packedAll")) {
                throw at.invalid("creditGain", "give either creditGain or packedAll, not both");
            }
            return at.nonNegative("creditGain");
        }
        return formula.creditGain(at.flag("packedAll", false));
    }

    private static PvClass pvClass(CandidateAttributes at) {
        String v = at.text("pvClass").orElseThrow();
        try {
            return PvClass.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw at.invalid("pvClass", "must be household, cluster or community, was '" + v + "'");
        }
    }

    private static NodeRole role(CandidateAttributes at) {
        String v = at.text("role").orElse("prosumer");
        try {
            return NodeRole.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw at.invalid("role", "must be prosumer, seller, buyer, supervisor or backstop, was '" + v + "'");
        }
    }
}

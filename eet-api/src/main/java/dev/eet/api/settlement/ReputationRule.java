package dev.eet.api.settlement;

import java.util.List;

/**
 * How a participant's credit or reputation score follows from its history (settlement.md section 4). Scores are
 * whole numbers within {@code [min(), max()]}. A rule is a pure function of the history, so that every score can
 * be re-derived by replaying the append-only reputation log: stateless, deterministic and thread-safe.
 *
 * <p>Contract (checked by {@code dev.eet.tck.settlement.ReputationRuleConformanceKit}):
 * <ul>
 *   <li>{@code min() <= initial() <= max()} and the empty history scores {@link #initial()};</li>
 *   <li>every history scores within {@code [min(), max()]};</li>
 *   <li>appending a {@link ReputationEvent#PENALTY} never raises the score, appending a
 *       {@link ReputationEvent#COMPLETED_TRADE} never lowers it;</li>
 *   <li>the same history always gives the same score.</li>
 * </ul>
 */
public interface ReputationRule {

    /** @return the rule's stable name */
    String name();

    /** @return the score a new participant starts with */
    int initial();

    /** @return the lowest possible score */
    int min();

    /** @return the highest possible score */
    int max();

    /**
     * @param history the participant's events, oldest first (not modified)
     * @return the score after that history
     */
    int score(List<ReputationEvent> history);
}

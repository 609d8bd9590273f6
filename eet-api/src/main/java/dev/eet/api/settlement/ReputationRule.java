package dev.eet.api.settlement;

/**
 * How a participant's credit or reputation score moves (settlement.md section 4). Scores are whole numbers
 * within {@code [min(), max()]}.
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
     * @param current the score before
     * @return the score after a normally completed trade
     */
    int afterCompletedTrade(int current);

    /**
     * @param current the score before
     * @return the score after a penalty or violation
     */
    int afterPenalty(int current);
}

package dev.eet.tck.matching;

/**
 * What "priority is respected" means for a mechanism, as checked by
 * {@link MatcherInvariants#priorityViolations(java.util.List, dev.eet.api.matching.MatchResult,
 * dev.eet.api.model.Side, java.util.Comparator, PriorityRule)}. In both rules a better order is only owed what it
 * could have had: a worse order's round-1 trade with counterparty X is a violation only if the better order would
 * have accepted X's limit price too (a seller's limit at most X's bid, a buyer's limit at least X's ask).
 */
public enum PriorityRule {
    /**
     * A better order is completely filled in round 1 before a worse one trades in round 1 (the double auctions'
     * price-time walk).
     */
    FILLED_FIRST,
    /**
     * A better order trades at all in round 1 before a worse one does (one-to-one pairings such as the bilateral
     * baseline, where a pair trades the smaller quantity and the rest goes elsewhere).
     */
    TRADED_FIRST
}

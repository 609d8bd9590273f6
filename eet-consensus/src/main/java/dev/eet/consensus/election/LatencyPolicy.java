package dev.eet.consensus.election;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Candidate;
import java.util.List;

/**
 * [CloudEdge]'s latency election ({@code latency}): each node's average heartbeat round-trip time (measured by a
 * {@link HeartbeatMonitor}) ranks it, lowest first; the first K are delegates, the next ones standbys. Nodes that
 * never answered a heartbeat carry no RTT and are dropped. A node marked malicious (attribute
 * {@code malicious=true}, or listed in this policy's {@link Quarantine}, e.g. after failing majority validation)
 * is excluded until the operator re-admits it.
 *
 * <p>Candidate attributes: {@code rttMs} (average RTT in milliseconds, &ge; 0; absent = never answered) and
 * {@code malicious} (default false). K and the standby count may be set per chain as ratios of the node count
 * ({@link #delegatesFor(int)}, {@link #standbysFor(int)}).
 */
public final class LatencyPolicy extends ScoringPolicy<Void> {
    /** The RTT attribute. */
    public static final String RTT_MS = "rttMs";

    private final Quarantine quarantine;
    private final double delegateRatio;
    private final double standbyRatio;

    /**
     * @param quarantine nodes excluded until re-admitted
     * @param delegateRatio share of the node count that become delegates, in (0, 1]
     * @param standbyRatio share of the node count that become standbys, in [0, 1]
     */
    public LatencyPolicy(Quarantine quarantine, double delegateRatio, double standbyRatio) {
        super("latency", Best.LOWEST);
        if (!(delegateRatio > 0 && delegateRatio <= 1)) {
            throw new InvalidArgumentException("election policy latency", "delegateRatio",
                    "must be within (0, 1], was " + delegateRatio);
        }
        if (!(standbyRatio >= 0 && standbyRatio <= 1)) {
            throw new InvalidArgumentException("election policy latency", "standbyRatio",
                    "must be within [0, 1], was " + standbyRatio);
        }
        this.quarantine = quarantine;
        this.delegateRatio = delegateRatio;
        this.standbyRatio = standbyRatio;
    }

    /** @return the nodes excluded until the operator re-admits them */
    public Quarantine quarantine() {
        return quarantine;
    }

    /**
     * @param nodeCount nodes on the chain
     * @return K = ceil(delegateRatio * nodeCount), at least 1
     */
    public int delegatesFor(int nodeCount) {
        return Math.max(1, (int) Math.ceil(delegateRatio * nodeCount - 1e-9));
    }

    /**
     * @param nodeCount nodes on the chain
     * @return ceil(standbyRatio * nodeCount)
     */
    public int standbysFor(int nodeCount) {
        return (int) Math.ceil(standbyRatio * nodeCount - 1e-9);
    }

    @Override
    protected Void survey(List<Candidate> candidates) {
        return null;
    }

    @Override
    protected Assessment assess(Candidate candidate, int index, Void field) {
        CandidateAttributes at = new CandidateAttributes(candidate);
        boolean flagged = at.flag("malicious", false);
        var reason = quarantine.reason(candidate.node());
        if (reason.isPresent()) {
            return Assessment.exclude("marked malicious (" + reason.get() + "); excluded until re-admitted by the operator");
        }
        if (flagged) {
            return Assessment.exclude("marked malicious; excluded until re-admitted by the operator");
        }
        if (!at.has(RTT_MS)) {
            return Assessment.exclude("never answered a heartbeat");
        }
        return Assessment.score(at.nonNegative(RTT_MS));
    }
}

package dev.eet.settlement.reputation;

import dev.eet.api.EetException;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.settlement.ReputationEvent;
import dev.eet.api.settlement.ReputationRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The append-only history of reputation events, scored by a {@link ReputationRule}. Scores are never stored,
 * only derived, so {@link #replay(ReputationRule, List)} of {@link #records()} gives identical scores.
 * Thread-safe.
 */
public final class ReputationLog {
    private final ReputationRule rule;
    private final List<ReputationRecord> records = new ArrayList<>();
    private final Map<ParticipantId, List<ReputationEvent>> histories = new HashMap<>();
    private final Map<ParticipantId, Integer> cache = new HashMap<>();

    /** @param rule how scores follow from histories */
    public ReputationLog(ReputationRule rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** @return the scoring rule */
    public ReputationRule rule() {
        return rule;
    }

    /**
     * Appends one event.
     *
     * @param participant whose reputation moves
     * @param event what happened
     * @param reason why
     * @return the new record
     */
    public synchronized ReputationRecord record(ParticipantId participant, ReputationEvent event, String reason) {
        ReputationRecord r = new ReputationRecord(records.size() + 1L, participant, event, reason);
        records.add(r);
        histories.computeIfAbsent(participant, p -> new ArrayList<>()).add(event);
        cache.remove(participant);
        return r;
    }

    /**
     * @param participant a participant
     * @return its current score ({@link ReputationRule#initial()} if it has no history)
     */
    public synchronized int score(ParticipantId participant) {
        Integer s = cache.get(participant);
        if (s == null) {
            s = rule.score(history(participant));
            cache.put(participant, s);
        }
        return s;
    }

    /**
     * @param participant a participant
     * @return its events, oldest first
     */
    public synchronized List<ReputationEvent> history(ParticipantId participant) {
        return List.copyOf(histories.getOrDefault(participant, List.of()));
    }

    /** @return the score of every participant with a history */
    public synchronized SortedMap<ParticipantId, Integer> scores() {
        SortedMap<ParticipantId, Integer> out = new TreeMap<>();
        for (ParticipantId p : histories.keySet()) {
            out.put(p, score(p));
        }
        return Collections.unmodifiableSortedMap(out);
    }

    /** @return every record, oldest first (a copy) */
    public synchronized List<ReputationRecord> records() {
        return List.copyOf(records);
    }

    /**
     * Rebuilds a log from its records.
     *
     * @param rule the scoring rule
     * @param records records as returned by {@link #records()}
     * @return a log with the same records and scores
     * @throws EetException if the sequence numbers have a gap or are out of order
     */
    public static ReputationLog replay(ReputationRule rule, List<ReputationRecord> records) {
        ReputationLog log = new ReputationLog(rule);
        for (ReputationRecord r : records) {
            if (r.sequence() != log.records.size() + 1L) {
                throw new EetException("reputation log: sequence: expected " + (log.records.size() + 1L)
                        + " but record says " + r.sequence());
            }
            log.record(r.participant(), r.event(), r.reason());
        }
        return log;
    }
}

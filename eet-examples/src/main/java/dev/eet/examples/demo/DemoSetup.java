package dev.eet.examples.demo;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.GridTariff;
import dev.eet.api.model.ParticipantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The fixed facts of one demo run, given to the {@link DemoRecorder} up front.
 *
 * @param participants every participant and its class
 * @param periods the number of trading periods
 * @param start the first period's start
 * @param periodLength the period length
 * @param nodes the number of consensus nodes (1 for an in-process run)
 * @param matcher the matcher's provider name
 * @param seed the seed of the run
 * @param tariff the grid tariff (the grid-only baseline and the grid legs)
 */
public record DemoSetup(SortedMap<ParticipantId, ParticipantClass> participants, int periods, Instant start,
                        Duration periodLength, int nodes, String matcher, long seed, GridTariff tariff) {
    /** Copies and checks. */
    public DemoSetup {
        participants = Collections.unmodifiableSortedMap(new TreeMap<>(participants));
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(periodLength, "periodLength");
        Objects.requireNonNull(matcher, "matcher");
        Objects.requireNonNull(tariff, "tariff");
        if (periods < 1) {
            throw new InvalidArgumentException("demo", "periods", "must be at least 1, was " + periods);
        }
        if (nodes < 1) {
            throw new InvalidArgumentException("demo", "nodes", "must be at least 1, was " + nodes);
        }
        if (periodLength.isZero() || periodLength.isNegative()) {
            throw new InvalidArgumentException("demo", "periodLength", "must be positive, was " + periodLength);
        }
    }

    /**
     * @param day the simulated day (population, periods, start, length)
     * @param nodes the number of consensus nodes
     * @param matcher the matcher's name
     * @param seed the run's seed
     * @return the setup
     */
    public static DemoSetup of(SimulatedDay day, int nodes, String matcher, long seed) {
        SortedMap<ParticipantId, ParticipantClass> ps = new TreeMap<>();
        day.population().participants().forEach(p -> ps.put(p.id(), p.kind()));
        PeriodInput first = day.periods().get(0);
        return new DemoSetup(ps, day.periods().size(), first.delivery().start(), first.delivery().length(), nodes,
                matcher, seed, day.population().tariff());
    }
}

package dev.eet.consensus.harness;

import dev.eet.api.InvalidArgumentException;
import java.util.Collections;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;

/** The {@link SimulationTarget}s on the class path, by name. */
public final class SimulationTargets {
    private final SortedMap<String, SimulationTarget> byName;

    private SimulationTargets(SortedMap<String, SimulationTarget> byName) {
        this.byName = byName;
    }

    /** @return every target found by {@link ServiceLoader} with this class's loader */
    public static SimulationTargets load() {
        SortedMap<String, SimulationTarget> m = new TreeMap<>();
        for (SimulationTarget t : ServiceLoader.load(SimulationTarget.class, SimulationTargets.class.getClassLoader())) {
            SimulationTarget previous = m.putIfAbsent(t.name(), t);
            if (previous != null) {
                throw new IllegalStateException("two simulation targets named '" + t.name() + "': "
                        + previous.getClass().getName() + " and " + t.getClass().getName());
            }
        }
        return new SimulationTargets(m);
    }

    /** @return the targets by name, sorted */
    public Map<String, SimulationTarget> all() {
        return Collections.unmodifiableSortedMap(byName);
    }

    /**
     * @param name a target name
     * @return the target
     * @throws InvalidArgumentException naming {@code protocol} when there is none by that name
     */
    public SimulationTarget get(String name) {
        SimulationTarget t = byName.get(name);
        if (t == null) {
            throw new InvalidArgumentException("simulate", "protocol", "must be one of " + String.join(", ",
                    byName.keySet()) + ", was '" + name + "'");
        }
        return t;
    }
}

package dev.eet.examples.experiment;

import dev.eet.api.InvalidArgumentException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The registry of experiments: every {@link Experiment} listed in
 * {@code META-INF/services/dev.eet.examples.experiment.Experiment} on the class path, by name.
 */
public final class Experiments {
    private final Map<String, Experiment> byName;

    private Experiments(Map<String, Experiment> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /**
     * @return the experiments on the class path
     * @throws InvalidArgumentException if two share a name or a name is not lower-case with dashes
     */
    public static Experiments load() {
        Map<String, Experiment> map = new TreeMap<>();
        for (Experiment e : ServiceLoader.load(Experiment.class, Experiments.class.getClassLoader())) {
            String name = e.name();
            if (name == null || !name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new InvalidArgumentException("experiment " + e.getClass().getName(), "name",
                        "must be lower-case words joined by dashes, was '" + name + "'");
            }
            Experiment before = map.put(name, e);
            if (before != null) {
                throw new InvalidArgumentException("experiment " + name, "name", "is used by both "
                        + before.getClass().getName() + " and " + e.getClass().getName());
            }
        }
        return new Experiments(map);
    }

    /** @return the names, sorted */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** @return the experiments, sorted by name */
    public List<Experiment> all() {
        return List.copyOf(byName.values());
    }

    /**
     * @param name an experiment name
     * @return the experiment, if known
     */
    public Optional<Experiment> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}

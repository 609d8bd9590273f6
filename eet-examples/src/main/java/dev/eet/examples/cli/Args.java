package dev.eet.examples.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parsed arguments of one subcommand: {@code --name value} options, {@code --flag} switches (declared by the
 * command) and positional arguments. {@code --name=value} is accepted too. A lone {@code -} is positional
 * (standard input).
 */
public final class Args {
    private final Map<String, String> options;
    private final Set<String> flags;
    private final List<String> positional;

    private Args(Map<String, String> options, Set<String> flags, List<String> positional) {
        this.options = options;
        this.flags = flags;
        this.positional = positional;
    }

    /**
     * @param raw the raw arguments
     * @param flagNames names (without dashes) of options that take no value
     * @return the parsed arguments
     * @throws CliException (exit 2) when an option lacks its value
     */
    public static Args parse(List<String> raw, Set<String> flagNames) {
        Map<String, String> options = new LinkedHashMap<>();
        Set<String> flags = new java.util.TreeSet<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String a = raw.get(i);
            if (a.startsWith("--") && a.length() > 2) {
                String name = a.substring(2);
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    options.put(name.substring(0, eq), name.substring(eq + 1));
                } else if (flagNames.contains(name)) {
                    flags.add(name);
                } else if (i + 1 < raw.size()) {
                    options.put(name, raw.get(++i));
                } else {
                    throw new CliException("option --" + name + " needs a value", 2);
                }
            } else {
                positional.add(a);
            }
        }
        return new Args(options, flags, positional);
    }

    /**
     * @param name option name without dashes
     * @return its value, if given
     */
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /**
     * @param name option name without dashes
     * @return its value
     * @throws CliException (exit 2) if missing
     */
    public String required(String name) {
        String v = options.get(name);
        if (v == null) {
            throw new CliException("missing required option --" + name, 2);
        }
        return v;
    }

    /**
     * @param name option name
     * @param fallback value when absent
     * @return the option as a long
     * @throws CliException (exit 2) if not a whole number
     */
    public long longOption(String name, long fallback) {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new CliException("option --" + name + " must be a whole number, was '" + v + "'", 2);
        }
    }

    /**
     * @param name flag name without dashes
     * @return whether it was given
     */
    public boolean flag(String name) {
        return flags.contains(name);
    }

    /** @return the positional arguments */
    public List<String> positional() {
        return Collections.unmodifiableList(positional);
    }

    /** @return the option names given, in order */
    public Set<String> optionNames() {
        return Collections.unmodifiableSet(options.keySet());
    }

    /**
     * Fails on options the command does not know (typos must not pass silently).
     *
     * @param known accepted option names
     * @return this
     * @throws CliException (exit 2) naming the first unknown option
     */
    public Args requireOnly(Set<String> known) {
        for (String name : options.keySet()) {
            if (!known.contains(name)) {
                throw new CliException("unknown option --" + name, 2);
            }
        }
        return this;
    }
}

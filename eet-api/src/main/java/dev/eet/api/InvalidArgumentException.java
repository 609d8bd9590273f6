package dev.eet.api;

import java.util.Objects;

/**
 * An argument or configuration value is invalid. The message has the fixed form
 * {@code "<subject>: <field>: <problem>"}, e.g. {@code "order S1: quantityKwh: must be positive, was -3"},
 * so that a command line can print it as a single line. Thrown before any state is changed.
 */
public class InvalidArgumentException extends EetException {
    private static final long serialVersionUID = 1L;

    private final String subject;
    private final String field;
    private final String problem;

    /**
     * @param subject the thing that is wrong, e.g. {@code "order S1"} or {@code "matcher cda"}
     * @param field the field or parameter name, e.g. {@code "quantityKwh"}
     * @param problem what is wrong with it, e.g. {@code "must be positive, was -3"}
     */
    public InvalidArgumentException(String subject, String field, String problem) {
        super(subject + ": " + field + ": " + problem);
        this.subject = Objects.requireNonNull(subject, "subject");
        this.field = Objects.requireNonNull(field, "field");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** @return the thing that is wrong, e.g. {@code "order S1"} */
    public String subject() {
        return subject;
    }

    /** @return the name of the offending field or parameter */
    public String field() {
        return field;
    }

    /** @return what is wrong with the field */
    public String problem() {
        return problem;
    }
}

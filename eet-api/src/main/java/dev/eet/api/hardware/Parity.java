package dev.eet.api.hardware;

import dev.eet.api.InvalidArgumentException;
import java.util.Locale;

/** Serial parity of a meter bus. */
public enum Parity {
    /** No parity bit (8N1 / 8N2). */
    NONE,
    /** Even parity (8E1). */
    EVEN,
    /** Odd parity (8O1). */
    ODD;

    /**
     * @param text {@code none}, {@code even} or {@code odd} (or {@code N}, {@code E}, {@code O}), any case
     * @param subject what is being configured, for the error message
     * @return the parity
     * @throws InvalidArgumentException naming the subject and {@code parity} otherwise
     */
    public static Parity parse(String text, String subject) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "none", "n":
                return NONE;
            case "even", "e":
                return EVEN;
            case "odd", "o":
                return ODD;
            default:
                throw new InvalidArgumentException(subject, "parity", "must be none, even or odd, was '" + text + "'");
        }
    }

    /** @return the lower-case name used in configuration */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

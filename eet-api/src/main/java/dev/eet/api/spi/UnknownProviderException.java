package dev.eet.api.spi;

import dev.eet.api.EetException;
import java.util.Collection;

/** No provider of the requested SPI has the requested name. The message lists the names that do exist. */
public final class UnknownProviderException extends EetException {
    private static final long serialVersionUID = 1L;

    private final String name;

    /**
     * @param spi the SPI's human name, e.g. {@code "matcher"}
     * @param name the name asked for
     * @param known the names that are registered
     */
    public UnknownProviderException(String spi, String name, Collection<String> known) {
        super("unknown " + spi + " '" + name + "' (known: " + String.join(", ", known) + ")");
        this.name = name;
    }

    /** @return the name that was asked for */
    public String name() {
        return name;
    }
}

package dev.eet.api.spi;

import dev.eet.api.EetException;

/** Two providers of the same SPI claim the same name; the message names both classes. */
public final class DuplicateProviderException extends EetException {
    private static final long serialVersionUID = 1L;

    /**
     * @param spi the SPI's human name
     * @param name the contested name
     * @param first class of the first provider
     * @param second class of the second provider
     */
    public DuplicateProviderException(String spi, String name, Class<?> first, Class<?> second) {
        super("two " + spi + " providers are named '" + name + "': " + first.getName() + " and " + second.getName());
    }
}

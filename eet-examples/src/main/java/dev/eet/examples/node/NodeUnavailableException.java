package dev.eet.examples.node;

import dev.eet.api.EetException;

/** The node cannot serve the request now (it is stopping); the HTTP API answers 503. */
public final class NodeUnavailableException extends EetException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message one line saying why
     */
    public NodeUnavailableException(String message) {
        super(message);
    }
}

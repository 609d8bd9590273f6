package dev.eet.api.consensus;

import dev.eet.api.InvalidArgumentException;

/**
 * Identifies a consensus node.
 *
 * @param value non-blank identifier
 */
public record NodeId(String value) implements Comparable<NodeId> {
    /** @throws InvalidArgumentException if blank */
    public NodeId {
        if (value == null || value.isBlank()) {
            throw new InvalidArgumentException("node", "id", "must not be blank");
        }
    }

    /**
     * @param value the identifier
     * @return the id
     */
    public static NodeId of(String value) {
        return new NodeId(value);
    }

    @Override
    public int compareTo(NodeId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package dev.eet.consensus.election;

import dev.eet.api.consensus.NodeId;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;

/**
 * A read-only sorted map of node scores over two arrays already in node order, built in linear time (a
 * {@link java.util.TreeMap} copies a {@link SortedMap} in linear time too, where inserting one by one costs
 * O(n log n)). Natural {@link NodeId} order; keys strictly increasing, which the caller guarantees.
 */
final class SortedScores extends AbstractMap<NodeId, Double> implements SortedMap<NodeId, Double> {
    private final NodeId[] keys;
    private final double[] scores;
    private final int from;
    private final int to;

    /**
     * @param keys node ids, strictly increasing (only the first {@code size} are read)
     * @param scores their scores
     * @param size how many entries
     */
    SortedScores(NodeId[] keys, double[] scores, int size) {
        this(keys, scores, 0, size);
    }

    private SortedScores(NodeId[] keys, double[] scores, int from, int to) {
        this.keys = keys;
        this.scores = scores;
        this.from = from;
        this.to = to;
    }

    @Override
    public Comparator<? super NodeId> comparator() {
        return null;
    }

    @Override
    public int size() {
        return to - from;
    }

    /** @return the position of the first key not below {@code key} */
    private int lowerBound(NodeId key) {
        Objects.requireNonNull(key, "key");
        int i = Arrays.binarySearch(keys, from, to, key);
        return i >= 0 ? i : -i - 1;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof NodeId n && Arrays.binarySearch(keys, from, to, n) >= 0;
    }

    @Override
    public Double get(Object key) {
        if (!(key instanceof NodeId n)) {
            return null;
        }
        int i = Arrays.binarySearch(keys, from, to, n);
        return i >= 0 ? scores[i] : null;
    }

    @Override
    public SortedMap<NodeId, Double> subMap(NodeId fromKey, NodeId toKey) {
        if (fromKey.compareTo(toKey) > 0) {
            throw new IllegalArgumentException("fromKey " + fromKey + " is after toKey " + toKey);
        }
        return new SortedScores(keys, scores, lowerBound(fromKey), lowerBound(toKey));
    }

    @Override
    public SortedMap<NodeId, Double> headMap(NodeId toKey) {
        return new SortedScores(keys, scores, from, lowerBound(toKey));
    }

    @Override
    public SortedMap<NodeId, Double> tailMap(NodeId fromKey) {
        return new SortedScores(keys, scores, lowerBound(fromKey), to);
    }

    @Override
    public NodeId firstKey() {
        if (from == to) {
            throw new NoSuchElementException("no scores");
        }
        return keys[from];
    }

    @Override
    public NodeId lastKey() {
        if (from == to) {
            throw new NoSuchElementException("no scores");
        }
        return keys[to - 1];
    }

    @Override
    public Set<Map.Entry<NodeId, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<NodeId, Double>> iterator() {
                return new Iterator<>() {
                    private int next = from;

                    @Override
                    public boolean hasNext() {
                        return next < to;
                    }

                    @Override
                    public Map.Entry<NodeId, Double> next() {
                        if (next >= to) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(keys[i], scores[i]);
                    }
                };
            }

            @Override
            public int size() {
                return to - from;
            }
        };
    }
}

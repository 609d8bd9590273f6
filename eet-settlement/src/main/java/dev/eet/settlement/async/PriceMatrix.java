package dev.eet.settlement.async;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.value.Price;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The bilateral price matrix PM of settlement.md section 1: for seller s and buyer b, {@code PM[s][b] = (priority,
 * price)}. A seller serves its buyers by ascending priority, ties broken by buyer id. Immutable.
 *
 * <pre>{@code
 * PriceMatrix pm = PriceMatrix.builder().add("A", "B", 1, "0.40").add("A", "C", 2, "0.42").build();
 * }</pre>
 */
public final class PriceMatrix {
    private static final Comparator<MatrixEntry> SERVICE_ORDER =
            Comparator.comparingInt(MatrixEntry::priority).thenComparing(MatrixEntry::buyer);

    private final List<MatrixEntry> entries;
    private final Map<ParticipantId, List<MatrixEntry>> bySeller;
    private final Map<ParticipantId, Map<ParticipantId, MatrixEntry>> cells;

    private PriceMatrix(List<MatrixEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<ParticipantId, List<MatrixEntry>> rows = new HashMap<>();
        Map<ParticipantId, Map<ParticipantId, MatrixEntry>> c = new HashMap<>();
        for (MatrixEntry e : entries) {
            rows.computeIfAbsent(e.seller(), s -> new ArrayList<>()).add(e);
            c.computeIfAbsent(e.seller(), s -> new HashMap<>()).put(e.buyer(), e);
        }
        rows.replaceAll((s, l) -> {
            l.sort(SERVICE_ORDER);
            return List.copyOf(l);
        });
        this.bySeller = rows;
        this.cells = c;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return an empty matrix: everything goes to the grid */
    public static PriceMatrix empty() {
        return new PriceMatrix(List.of());
    }

    /**
     * @param seller a seller
     * @return its buyers' cells in service order (priority, then buyer id)
     */
    public List<MatrixEntry> buyersOf(ParticipantId seller) {
        return bySeller.getOrDefault(seller, List.of());
    }

    /**
     * @param seller a seller
     * @param buyer a buyer
     * @return the cell, if agreed
     */
    public Optional<MatrixEntry> entry(ParticipantId seller, ParticipantId buyer) {
        return Optional.ofNullable(cells.getOrDefault(seller, Map.of()).get(buyer));
    }

    /** @return every cell, in the order added */
    public List<MatrixEntry> entries() {
        return entries;
    }

    /** @return every participant named in the matrix */
    public SortedSet<ParticipantId> participants() {
        SortedSet<ParticipantId> out = new TreeSet<>();
        for (MatrixEntry e : entries) {
            out.add(e.seller());
            out.add(e.buyer());
        }
        return Collections.unmodifiableSortedSet(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PriceMatrix m && entries.equals(m.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "PriceMatrix" + entries;
    }

    /** Builds a {@link PriceMatrix}; rejects duplicate cells. */
    public static final class Builder {
        private final List<MatrixEntry> entries = new ArrayList<>();
        private final Map<ParticipantId, Map<ParticipantId, MatrixEntry>> seen = new HashMap<>();

        private Builder() {
        }

        /**
         * @param entry a cell
         * @return this builder
         * @throws InvalidArgumentException if the (seller, buyer) cell is already set
         */
        public Builder add(MatrixEntry entry) {
            MatrixEntry previous = seen.computeIfAbsent(entry.seller(), s -> new HashMap<>()).putIfAbsent(entry.buyer(), entry);
            if (previous != null) {
                throw new InvalidArgumentException("price matrix " + entry.seller() + "->" + entry.buyer(), "buyer",
                        "duplicate entry (already priority " + previous.priority() + " at "
                                + previous.price().toPlainString() + ")");
            }
            entries.add(entry);
            return this;
        }

        /**
         * @param seller seller id
         * @param buyer buyer id
         * @param priority 1 = first
         * @param price decimal price per kWh
         * @return this builder
         */
        public Builder add(String seller, String buyer, int priority, String price) {
            return add(new MatrixEntry(ParticipantId.of(seller), ParticipantId.of(buyer), priority,
                    Price.perKwh(price)));
        }

        /** @return the matrix */
        public PriceMatrix build() {
            return new PriceMatrix(entries);
        }
    }
}

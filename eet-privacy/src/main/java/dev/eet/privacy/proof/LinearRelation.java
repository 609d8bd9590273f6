package dev.eet.privacy.proof;

import dev.eet.api.InvalidArgumentException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.math.ec.ECPoint;

/**
 * A public statement for the generic sigma protocol: "I know scalars x_0..x_{k-1} such that, for every equation
 * j, image_j = sum_i x_i * base_{j,i}". Knowledge of a Pedersen opening, equality and linear relations between
 * commitments, and products with committed values are all instances (see {@link PedersenRelations}). The
 * relation is curve-generic: it only adds and multiplies group elements.
 */
public final class LinearRelation {
    private final String label;
    private final int witnessCount;
    private final List<ECPoint[]> bases;
    private final List<ECPoint> images;

    private LinearRelation(Builder b) {
        this.label = b.label;
        this.witnessCount = b.witnessCount;
        this.bases = List.copyOf(b.bases);
        this.images = List.copyOf(b.images);
    }

    /**
     * @param label the relation's name, bound into the transcript (e.g. {@code "opening"})
     * @param witnessCount the number of secret scalars
     * @return a builder
     */
    public static Builder builder(String label, int witnessCount) {
        return new Builder(label, witnessCount);
    }

    /** @return the relation's name */
    public String label() {
        return label;
    }

    /** @return the number of secret scalars */
    public int witnessCount() {
        return witnessCount;
    }

    /** @return the number of equations */
    public int equationCount() {
        return images.size();
    }

    /**
     * @param equation equation index
     * @param witness witness index
     * @return the base multiplying that witness scalar, or {@code null} when it does not appear
     */
    public ECPoint base(int equation, int witness) {
        return bases.get(equation)[witness];
    }

    /**
     * @param equation equation index
     * @return the equation's public image
     */
    public ECPoint image(int equation) {
        return images.get(equation);
    }

    /**
     * Appends the whole statement (label, shape, every base and image) to a transcript.
     *
     * @param t the transcript
     */
    public void bindTo(Transcript t) {
        t.append("relation", label.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        t.appendLong("witnesses", witnessCount);
        t.appendLong("equations", images.size());
        for (int j = 0; j < images.size(); j++) {
            ECPoint[] row = bases.get(j);
            for (int i = 0; i < witnessCount; i++) {
                if (row[i] == null) {
                    t.append("base", new byte[0]);
                } else {
                    t.appendPoint("base", row[i]);
                }
            }
            t.appendPoint("image", images.get(j));
        }
    }

    /** Builds a {@link LinearRelation}, one equation at a time. */
    public static final class Builder {
        private final String label;
        private final int witnessCount;
        private final List<ECPoint[]> bases = new ArrayList<>();
        private final List<ECPoint> images = new ArrayList<>();

        private Builder(String label, int witnessCount) {
            if (witnessCount < 1) {
                throw new InvalidArgumentException("relation " + label, "witnessCount", "must be at least 1");
            }
            this.label = Objects.requireNonNull(label, "label");
            this.witnessCount = witnessCount;
        }

        /**
         * @param image the public image of this equation
         * @param rowBases one base per witness scalar ({@code null} where the scalar does not appear)
         * @return this builder
         */
        public Builder equation(ECPoint image, ECPoint... rowBases) {
            if (rowBases.length != witnessCount) {
                throw new InvalidArgumentException("relation " + label, "bases",
                        "needs " + witnessCount + " bases per equation, got " + rowBases.length);
            }
            if (Arrays.stream(rowBases).allMatch(Objects::isNull)) {
                throw new InvalidArgumentException("relation " + label, "bases", "an equation needs a base");
            }
            images.add(Objects.requireNonNull(image, "image"));
            bases.add(rowBases.clone());
            return this;
        }

        /** @return the relation */
        public LinearRelation build() {
            if (images.isEmpty()) {
                throw new InvalidArgumentException("relation " + label, "equations", "needs at least one");
            }
            return new LinearRelation(this);
        }
    }
}

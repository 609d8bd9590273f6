package dev.eet.matching.multifactor;

import dev.eet.api.model.EnergyType;

/**
 * One order as K-prototypes sees it (matching.md section 4). Numeric attributes, in this order: price per kWh
 * (the limit), quantity (kWh), environmental index (1 for a clean source, 0 for THERMAL, GRID or undeclared; a
 * buyer's is the index it wants, default 1), credit (default 100; a buyer's is the credit it wants, 100) and
 * transmission loss in percent (a pair attribute: the buyer wants 0, a seller has its loss to that buyer).
 * Categorical: the energy type ({@link #NO_TYPE} when undeclared; a buyer without one has no categorical term).
 *
 * @param price limit price per kWh
 * @param quantityKwh the order's quantity in kWh
 * @param environment environmental index in [0, 1]
 * @param credit credit value
 * @param energyType the type's ordinal, or {@link #NO_TYPE}
 * @param alpha a buyer's numeric weights (price, quantity, environment, credit, loss); unused for a seller
 * @param beta a buyer's energy-type weight; unused for a seller
 * @param maxLossPercent a buyer's acceptable transmission loss in percent; unused for a seller
 */
public record KPrototypesProfile(double price, double quantityKwh, double environment, double credit,
                                 int energyType, double[] alpha, double beta, double maxLossPercent) {
    /** The category of an order without a declared energy type. */
    public static final int NO_TYPE = EnergyType.values().length;
    /** The number of categories of the energy-type attribute (every type, plus undeclared). */
    public static final int CATEGORIES = NO_TYPE + 1;
    /** Number of numeric attributes of the matching dissimilarity. */
    public static final int NUMERIC = 5;

    /** Copies the weights. */
    public KPrototypesProfile {
        alpha = alpha.clone();
    }

    /** @return the numeric weights (a copy) */
    @Override
    public double[] alpha() {
        return alpha.clone();
    }
}

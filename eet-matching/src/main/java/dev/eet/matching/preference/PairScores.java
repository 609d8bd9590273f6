package dev.eet.matching.preference;

import dev.eet.api.model.EnergyType;
import dev.eet.api.model.Order;
import dev.eet.api.model.Side;
import dev.eet.matching.attribute.Distances;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The acceptable seller-buyer pairs of a batch and both sides' normalised scores of each (matching.md section 5).
 * A pair is acceptable when the seller's limit is at most the buyer's limit (a trade at any price between them is
 * within both limits) and they are different participants; no other pair ever trades. Scores: the composite
 * {@code a_ij = sum_h w_h a_hij} (the buyer's of the seller) and {@code b_ij = sum_q v_q b_qij} (the seller's of
 * the buyer), each requirement scored 0 to 10 as the spec says, then min-max normalised over the acceptable pairs
 * to [0, 1] (all equal: 1). An undeclared seller type scores 0 for {@code environment} (unknown is not clean);
 * supply and demand are scored on the orders' submitted quantities.
 *
 * @param orders the batch's orders in canonical order (indices below refer to it)
 * @param seller the seller index of each pair
 * @param buyer the buyer index of each pair
 * @param a the buyer's normalised score a'_ij of each pair
 * @param b the seller's normalised score b'_ij of each pair
 * @param distanceKm the distance of each pair (0 when unknown)
 */
public record PairScores(List<Order> orders, int[] seller, int[] buyer, double[] a, double[] b, double[] distanceKm) {

    /** @return the number of acceptable pairs */
    public int size() {
        return seller.length;
    }

    /**
     * @param orders the valid orders in canonical order
     * @param requirements each order's requirements, same index
     * @param params the market constants
     * @return the acceptable pairs, by buyer index then seller index, with their scores
     */
    public static PairScores of(List<Order> orders, List<Requirements> requirements, ScoringParams params) {
        List<int[]> pairs = new ArrayList<>();
        for (int bi = 0; bi < orders.size(); bi++) {
            Order b = orders.get(bi);
            if (b.side() != Side.BUY) {
                continue;
            }
            for (int si = 0; si < orders.size(); si++) {
                Order s = orders.get(si);
                if (s.side() == Side.SELL && s.limit().compareTo(b.limit()) <= 0
                        && !s.participant().equals(b.participant())) {
                    pairs.add(new int[] {si, bi});
                }
            }
        }
        int n = pairs.size();
        int[] sel = new int[n];
        int[] buy = new int[n];
        double[] a = new double[n];
        double[] bs = new double[n];
        double[] dist = new double[n];
        for (int p = 0; p < n; p++) {
            sel[p] = pairs.get(p)[0];
            buy[p] = pairs.get(p)[1];
            Order s = orders.get(sel[p]);
            Order b = orders.get(buy[p]);
            dist[p] = Distances.km(s, b);
            a[p] = buyerScore(b, s, requirements.get(buy[p]), dist[p], params);
            bs[p] = sellerScore(s, b, requirements.get(sel[p]), dist[p], params);
        }
        normalise(a);
        normalise(bs);
        return new PairScores(List.copyOf(orders), sel, buy, a, bs, dist);
    }

    private static void normalise(double[] v) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = max > min ? (v[i] - min) / (max - min) : 1;
        }
    }

    private static double lossScore(double km, ScoringParams params) {
        // L = km * eta, L_max = R_max * eta
        double loss = km * params.eta();
        double lmax = params.maxDistanceKm() * params.eta();
        return loss > lmax ? 0 : 10 * (1 - loss / lmax);
    }

    private static double reputation(Order o) {
        double r = o.credit().map(BigDecimal::doubleValue).orElse(100.0);
        return 10 * Math.max(0, Math.min(100, r)) / 100;
    }

    static double buyerScore(Order b, Order s, Requirements req, double km, ScoringParams params) {
        double sum = 0;
        double[] w = req.weights();
        for (int h = 0; h < w.length; h++) {
            double score = switch (req.names().get(h)) {
                // acceptable pairs have sPrice <= pPrice: 10, unless below the realistic minimum
                case "price" -> s.limit().compareTo(params.priceMin()) < 0 ? 0 : 10;
                case "supply" -> s.quantity().compareTo(b.quantity()) >= 0 ? 10 : 10 * s.quantity().ratio(b.quantity());
                case "loss" -> lossScore(km, params);
                case "energyType" -> req.wanted().isEmpty() || s.energyType().equals(req.wanted()) ? 10 : 0;
                case "environment" -> s.energyType().map(EnergyType::isClean).orElse(false) ? 10 : 0;
                case "reputation" -> reputation(s);
                default -> throw new IllegalStateException(req.names().get(h));
            };
            sum += w[h] * score;
        }
        return sum;
    }

    static double sellerScore(Order s, Order b, Requirements req, double km, ScoringParams params) {
        double sum = 0;
        double[] w = req.weights();
        for (int h = 0; h < w.length; h++) {
            double score = switch (req.names().get(h)) {
                case "price" -> b.limit().compareTo(params.priceMax()) >= 0 || b.limit().signum() == 0 ? 0
                        : 10 * (1 - s.limit().toDecimal().doubleValue() / b.limit().toDecimal().doubleValue());
                case "demand" -> s.quantity().compareTo(b.quantity()) <= 0 ? 10 : 10 * b.quantity().ratio(s.quantity());
                case "loss" -> lossScore(km, params);
                case "reputation" -> reputation(b);
                default -> throw new IllegalStateException(req.names().get(h));
            };
            sum += w[h] * score;
        }
        return sum;
    }
}

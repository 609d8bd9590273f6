package dev.eet.matching.preference;

import java.util.Arrays;

/**
 * The Hungarian algorithm (Kuhn-Munkres with potentials, O(n^2 m)): a maximum-weight assignment of the rows of a
 * weight matrix to distinct columns. Deterministic (ties resolve to the lower column index by scan order).
 */
final class Hungarian {
    private Hungarian() {
    }

    /**
     * @param weight {@code weight[r][c]}, finite; rows at most columns
     * @return the column of every row (all distinct)
     */
    static int[] maximise(double[][] weight) {
        int n = weight.length;
        if (n == 0) {
            return new int[0];
        }
        int m = weight[0].length;
        if (n > m) {
            throw new IllegalArgumentException("more rows than columns");
        }
        // minimise cost = -weight; 1-based arrays as in the classical formulation
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] p = new int[m + 1];
        int[] way = new int[m + 1];
        double[] minv = new double[m + 1];
        boolean[] used = new boolean[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            Arrays.fill(used, false);
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double cur = -weight[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] assignment = new int[n];
        for (int j = 1; j <= m; j++) {
            if (p[j] != 0) {
                assignment[p[j] - 1] = j - 1;
            }
        }
        return assignment;
    }
}

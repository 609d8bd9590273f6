package dev.eet.matching.multifactor;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Huang's K-prototypes clustering of mixed records, deterministic given the seed: the initial prototypes are
 * {@code k} distinct records drawn with {@link SplittableRandom}; each iteration assigns every record to its
 * nearest prototype by {@link MixedDissimilarity} (ties to the lower cluster number), then moves each prototype
 * to the mean of its numeric values and the mode of its categories (ties to the smaller category); it stops when
 * no assignment changes or after {@code maxIterations}. An empty cluster keeps its prototype.
 */
public final class KPrototypesClustering {
    private KPrototypesClustering() {
    }

    /**
     * @param numeric numeric values per record
     * @param categories categories per record, each in [0, categoryCount)
     * @param categoryCount the number of categories of each categorical attribute
     * @param alpha numeric weights
     * @param range numeric ranges
     * @param gamma categorical weight
     * @param beta categorical weights
     * @param k the number of clusters (at most the number of records; at least 1 when there are records)
     * @param maxIterations the largest number of assign/update iterations
     * @param seed the seed of the initial prototypes
     * @return the cluster of every record
     */
    public static int[] cluster(double[][] numeric, int[][] categories, int[] categoryCount, double[] alpha,
                                double[] range, double gamma, double[] beta, int k, int maxIterations, long seed) {
        int n = numeric.length;
        int[] assignment = new int[n];
        if (n == 0) {
            return assignment;
        }
        k = Math.max(1, Math.min(k, n));
        int dims = numeric[0].length;
        int cats = categories[0].length;
        int[] pick = initial(n, k, seed);
        double[][] protoNum = new double[k][];
        int[][] protoCat = new int[k][];
        for (int c = 0; c < k; c++) {
            protoNum[c] = numeric[pick[c]].clone();
            protoCat[c] = categories[pick[c]].clone();
        }
        Arrays.fill(assignment, -1);
        for (int iter = 0; iter < maxIterations; iter++) {
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                int best = 0;
                double bestD = Double.POSITIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double d = MixedDissimilarity.of(alpha, range, numeric[i], protoNum[c], gamma, beta,
                            categories[i], protoCat[c]);
                    if (d < bestD) {
                        bestD = d;
                        best = c;
                    }
                }
                if (assignment[i] != best) {
                    assignment[i] = best;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
            update(numeric, categories, categoryCount, assignment, protoNum, protoCat, dims, cats);
        }
        return assignment;
    }

    private static int[] initial(int n, int k, long seed) {
        // partial Fisher-Yates over the record indices: k distinct picks
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        return Arrays.copyOf(idx, k);
    }

    private static void update(double[][] numeric, int[][] categories, int[] categoryCount, int[] assignment,
                               double[][] protoNum, int[][] protoCat, int dims, int cats) {
        int k = protoNum.length;
        double[][] sum = new double[k][dims];
        int[] size = new int[k];
        int[][][] counts = new int[k][cats][];
        for (int c = 0; c < k; c++) {
            for (int q = 0; q < cats; q++) {
                counts[c][q] = new int[categoryCount[q]];
            }
        }
        for (int i = 0; i < numeric.length; i++) {
            int c = assignment[i];
            size[c]++;
            for (int l = 0; l < dims; l++) {
                sum[c][l] += numeric[i][l];
            }
            for (int q = 0; q < cats; q++) {
                counts[c][q][categories[i][q]]++;
            }
        }
        for (int c = 0; c < k; c++) {
            if (size[c] == 0) {
                continue;
            }
            for (int l = 0; l < dims; l++) {
                protoNum[c][l] = sum[c][l] / size[c];
            }
            for (int q = 0; q < cats; q++) {
                int mode = 0;
                for (int v = 1; v < categoryCount[q]; v++) {
                    if (counts[c][q][v] > counts[c][q][mode]) {
                        mode = v;
                    }
                }
                protoCat[c][q] = mode;
            }
        }
    }
}

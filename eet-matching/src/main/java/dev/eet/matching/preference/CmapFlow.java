package dev.eet.matching.preference;

import java.util.Arrays;

/**
 * The CMAP LP of {@link CmapLp} solved as min-cost max-flow, exactly in micro-kWh: the LP is a transportation
 * problem (source -> seller, capacity SE_j; seller -> buyer for each active pair, cost {@code -c_p}; buyer ->
 * sink, capacity PE_i), and a minimum-cost maximum flow is exactly "largest matched quantity first, then the
 * largest {@code c . x}" — the lexicographic order {@link CmapLp} solves with three LPs. Successive shortest
 * paths with Johnson potentials and an O(V^2) Dijkstra (the pair graph is dense); every capacity and flow is an
 * integer number of micro-kWh, so no rounding is needed afterwards. Three flows per round: Z1 (for Z1max and the
 * payoff table), Z2, and the compromise {@code w1 mu(Z1) + w2 mu(Z2)}. Tested against {@link CmapLp} (same
 * objective values).
 */
final class CmapFlow {
    private static final double INF = Double.POSITIVE_INFINITY;

    private CmapFlow() {
    }

    /**
     * @param scores the pairs
     * @param active which pairs may trade
     * @param open each order's open quantity in micro-kWh (by order index)
     * @param w1 buyer weight
     * @param w2 seller weight
     * @return the solution, x in kWh (exact multiples of a micro-kWh)
     */
    static CmapLp.Solution solve(PairScores scores, boolean[] active, long[] open, double w1, double w2) {
        int n = scores.size();
        long[] f1 = maxWeightMaxFlow(scores, active, open, scores.a());
        long[] f2 = maxWeightMaxFlow(scores, active, open, scores.b());
        double[] x1 = kwh(f1);
        double[] x2 = kwh(f2);
        double z1max = CmapLp.dot(scores.a(), x1);
        double z2max = CmapLp.dot(scores.b(), x2);
        double z1min = Math.min(z1max, CmapLp.dot(scores.a(), x2));
        double z2min = Math.min(z2max, CmapLp.dot(scores.b(), x1));
        double r1 = z1max - z1min;
        double r2 = z2max - z2min;
        boolean use1 = r1 > 1e-9 * Math.max(1, Math.abs(z1max));
        boolean use2 = r2 > 1e-9 * Math.max(1, Math.abs(z2max));
        double[] x = x1;
        if (use1 || use2) {
            double[] c = new double[n];
            for (int p = 0; p < n; p++) {
                c[p] = (use1 ? w1 * scores.a()[p] / r1 : 0) + (use2 ? w2 * scores.b()[p] / r2 : 0);
            }
            x = kwh(maxWeightMaxFlow(scores, active, open, c));
        }
        double q = 0;
        for (double v : x) {
            q += v;
        }
        return new CmapLp.Solution(x, q, CmapLp.dot(scores.a(), x), CmapLp.dot(scores.b(), x), z1min, z1max, z2min,
                z2max);
    }

    private static double[] kwh(long[] f) {
        double[] x = new double[f.length];
        for (int p = 0; p < f.length; p++) {
            x[p] = f[p] / 1e6;
        }
        return x;
    }

    /**
     * @return the micro-kWh of each pair in a maximum flow of maximum total weight {@code c . x}
     */
    static long[] maxWeightMaxFlow(PairScores scores, boolean[] active, long[] open, double[] c) {
        int pairs = scores.size();
        int orders = open.length;
        int source = orders;
        int sink = orders + 1;
        int v = orders + 2;
        // edges: pair edges first (index 2p / 2p+1 for pair p when active), then source and sink edges
        int maxEdges = 2 * (pairs + orders);
        int[] to = new int[maxEdges];
        long[] cap = new long[maxEdges];
        double[] cost = new double[maxEdges];
        int[] next = new int[maxEdges];
        int[] head = new int[v];
        Arrays.fill(head, -1);
        int[] pairEdge = new int[pairs];
        Arrays.fill(pairEdge, -1);
        int[] e = {0};
        boolean[] isSeller = new boolean[orders];
        boolean[] used = new boolean[orders];
        for (int p = 0; p < pairs; p++) {
            int s = scores.seller()[p];
            int b = scores.buyer()[p];
            isSeller[s] = true;
            if (!active[p] || open[s] <= 0 || open[b] <= 0) {
                continue;
            }
            pairEdge[p] = e[0];
            add(s, b, Math.min(open[s], open[b]), -c[p], to, cap, cost, next, head, e);
            used[s] = true;
            used[b] = true;
        }
        for (int i = 0; i < orders; i++) {
            if (used[i]) {
                if (isSeller[i]) {
                    add(source, i, open[i], 0, to, cap, cost, next, head, e);
                } else {
                    add(i, sink, open[i], 0, to, cap, cost, next, head, e);
                }
            }
        }
        // initial potentials: shortest distances on the initial DAG source -> sellers -> buyers -> sink
        double[] pot = new double[v];
        Arrays.fill(pot, 0);
        double sinkPot = 0;
        double[] buyerPot = new double[orders];
        Arrays.fill(buyerPot, INF);
        for (int p = 0; p < pairs; p++) {
            if (pairEdge[p] >= 0) {
                int b = scores.buyer()[p];
                buyerPot[b] = Math.min(buyerPot[b], cost[pairEdge[p]]);
            }
        }
        for (int i = 0; i < orders; i++) {
            if (buyerPot[i] < INF) {
                pot[i] = buyerPot[i];
                sinkPot = Math.min(sinkPot, buyerPot[i]);
            }
        }
        pot[sink] = sinkPot;
        double[] dist = new double[v];
        int[] prevEdge = new int[v];
        boolean[] done = new boolean[v];
        while (true) {
            Arrays.fill(dist, INF);
            Arrays.fill(done, false);
            dist[source] = 0;
            for (int it = 0; it < v; it++) {
                int u = -1;
                double best = INF;
                for (int k = 0; k < v; k++) {
                    if (!done[k] && dist[k] < best) {
                        best = dist[k];
                        u = k;
                    }
                }
                if (u < 0) {
                    break;
                }
                done[u] = true;
                if (u == sink) {
                    break;
                }
                for (int ed = head[u]; ed >= 0; ed = next[ed]) {
                    if (cap[ed] <= 0) {
                        continue;
                    }
                    int w = to[ed];
                    double rc = Math.max(0, cost[ed] + pot[u] - pot[w]);
                    if (!done[w] && dist[u] + rc < dist[w]) {
                        dist[w] = dist[u] + rc;
                        prevEdge[w] = ed;
                    }
                }
            }
            if (dist[sink] == INF) {
                break;
            }
            for (int k = 0; k < v; k++) {
                pot[k] += Math.min(dist[k], dist[sink]);
            }
            long push = Long.MAX_VALUE;
            for (int w = sink; w != source; w = to[prevEdge[w] ^ 1]) {
                push = Math.min(push, cap[prevEdge[w]]);
            }
            for (int w = sink; w != source; w = to[prevEdge[w] ^ 1]) {
                cap[prevEdge[w]] -= push;
                cap[prevEdge[w] ^ 1] += push;
            }
        }
        long[] flow = new long[pairs];
        for (int p = 0; p < pairs; p++) {
            if (pairEdge[p] >= 0) {
                flow[p] = cap[pairEdge[p] ^ 1];
            }
        }
        return flow;
    }

    private static void add(int from, int dest, long capacity, double c, int[] to, long[] cap, double[] cost,
                            int[] next, int[] head, int[] e) {
        int k = e[0];
        to[k] = dest;
        cap[k] = capacity;
        cost[k] = c;
        next[k] = head[from];
        head[from] = k;
        to[k + 1] = from;
        cap[k + 1] = 0;
        cost[k + 1] = -c;
        next[k + 1] = head[dest];
        head[dest] = k + 1;
        e[0] = k + 2;
    }
}

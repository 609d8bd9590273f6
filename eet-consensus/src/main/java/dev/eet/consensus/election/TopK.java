package dev.eet.consensus.election;

/**
 * Partial selection of the best {@code k} of {@code n} scores without sorting all of them: a bounded binary heap
 * whose root is the worst kept entry, O(n log k), then the k kept entries in order. Order: by score (highest or
 * lowest first), ties by position (lower position first, which is node order in {@link ScoringPolicy}).
 */
final class TopK {
    private TopK() {
    }

    /**
     * @param score the scores (finite; only the first {@code n} are read)
     * @param n how many scores there are
     * @param k how many to select
     * @param highestFirst whether higher scores rank first
     * @return the positions of the best {@code min(k, n)} scores, best first
     */
    static int[] select(double[] score, int n, int k, boolean highestFirst) {
        int size = Math.max(0, Math.min(k, n));
        int[] heap = new int[size];
        if (size == 0) {
            return heap;
        }
        int filled = 0;
        for (int p = 0; p < n; p++) {
            if (filled < size) {
                heap[filled] = p;
                siftUp(heap, filled++, score, highestFirst);
            } else if (better(p, heap[0], score, highestFirst)) {
                heap[0] = p;
                siftDown(heap, size, score, highestFirst);
            }
        }
        // pop the worst repeatedly into the back: the array ends up best first
        for (int end = size - 1; end > 0; end--) {
            int worst = heap[0];
            heap[0] = heap[end];
            heap[end] = worst;
            siftDown(heap, end, score, highestFirst);
        }
        return heap;
    }

    /** @return whether position {@code p} ranks before position {@code q} */
    static boolean better(int p, int q, double[] score, boolean highestFirst) {
        double a = score[p];
        double b = score[q];
        if (a != b) {
            return highestFirst ? a > b : a < b;
        }
        return p < q;
    }

    /** The heap keeps the worst entry at the root: a parent is never better than its children. */
    private static void siftUp(int[] heap, int i, double[] score, boolean highestFirst) {
        int x = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!better(heap[parent], x, score, highestFirst)) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = x;
    }

    private static void siftDown(int[] heap, int size, double[] score, boolean highestFirst) {
        int i = 0;
        int x = heap[0];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && better(heap[child], heap[child + 1], score, highestFirst)) {
                child++;                                    // the worse of the two children
            }
            if (!better(x, heap[child], score, highestFirst)) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = x;
    }
}

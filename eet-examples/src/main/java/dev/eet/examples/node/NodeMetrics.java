package dev.eet.examples.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * A node's counters and its consensus-latency histogram (submit of one of its own transactions to the moment it
 * was applied from a committed block, monotonic clock), written in the Prometheus text exposition format 0.0.4.
 */
public final class NodeMetrics {
    /** Histogram bucket upper bounds in seconds. */
    static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    private static final int MAX_SAMPLES = 100_000;

    final LongAdder blocks = new LongAdder();
    final LongAdder transactions = new LongAdder();
    final LongAdder ignoredTransactions = new LongAdder();
    final LongAdder ordersAccepted = new LongAdder();
    final LongAdder ordersRejected = new LongAdder();
    final LongAdder httpLimited = new LongAdder();
    private final AtomicLongArray buckets = new AtomicLongArray(BUCKETS.length);
    private final LongAdder latencyCount = new LongAdder();
    private final LongAdder latencyNanos = new LongAdder();
    private final List<Long> samples = new ArrayList<>();

    /**
     * @param nanos one submit-to-apply latency
     */
    void recordLatency(long nanos) {
        double s = nanos / 1e9;
        for (int i = 0; i < BUCKETS.length; i++) {
            if (s <= BUCKETS[i]) {
                buckets.incrementAndGet(i);
            }
        }
        latencyCount.increment();
        latencyNanos.add(nanos);
        synchronized (samples) {
            if (samples.size() < MAX_SAMPLES) {
                samples.add(nanos);
            }
        }
    }

    /** @return consensus latency samples in nanoseconds, oldest first (the first 100,000) */
    public List<Long> latencySamples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    /** Counts one HTTP request refused by a size or rate limit. */
    public void recordLimited() {
        httpLimited.increment();
    }

    /** Counts one order refused before it reached the order parser (malformed or empty body). */
    public void recordRejectedOrder() {
        ordersRejected.increment();
    }

    /** @return orders accepted by this node's API */
    public long ordersAccepted() {
        return ordersAccepted.sum();
    }

    /** @return orders this node's API refused */
    public long ordersRejected() {
        return ordersRejected.sum();
    }

    /**
     * @param node the node id (a label on every series)
     * @param height head height
     * @param view derived view
     * @param peers peers reachable
     * @param openPeriod the open period
     * @return the exposition text
     */
    String render(String node, long height, long view, int peers, long openPeriod) {
        String l = "{node=\"" + node.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        StringBuilder sb = new StringBuilder();
        counter(sb, "eet_blocks_committed_total", "Blocks committed and applied by this node.", l, blocks.sum());
        counter(sb, "eet_transactions_committed_total", "Transactions in committed blocks.", l, transactions.sum());
        counter(sb, "eet_transactions_ignored_total", "Committed transactions the exchange rules ignored.", l,
                ignoredTransactions.sum());
        counter(sb, "eet_orders_accepted_total", "Orders accepted by this node's API.", l, ordersAccepted.sum());
        counter(sb, "eet_orders_rejected_total", "Orders refused by this node's API.", l, ordersRejected.sum());
        counter(sb, "eet_view_changes_total", "View changes seen on the chain (proposer changes in member order).", l,
                view);
        counter(sb, "eet_http_limited_total", "HTTP requests refused by the size or rate limits.", l,
                httpLimited.sum());
        gauge(sb, "eet_head_height", "Height of the last applied block.", l, height);
        gauge(sb, "eet_peers_connected", "Peers that answered a status request recently.", l, peers);
        gauge(sb, "eet_open_period", "The chain's open trading period.", l, openPeriod);
        String h = "eet_consensus_latency_seconds";
        sb.append("# HELP ").append(h).append(" Submit-to-commit latency of this node's own transactions.\n");
        sb.append("# TYPE ").append(h).append(" histogram\n");
        String inner = l.substring(1, l.length() - 1);
        for (int i = 0; i < BUCKETS.length; i++) {
            sb.append(h).append("_bucket{").append(inner).append(",le=\"").append(format(BUCKETS[i])).append("\"} ")
                    .append(buckets.get(i)).append('\n');
        }
        long count = latencyCount.sum();
        sb.append(h).append("_bucket{").append(inner).append(",le=\"+Inf\"} ").append(count).append('\n');
        sb.append(h).append("_sum").append(l).append(' ')
                .append(String.format(Locale.ROOT, "%.6f", latencyNanos.sum() / 1e9)).append('\n');
        sb.append(h).append("_count").append(l).append(' ').append(count).append('\n');
        return sb.toString();
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static void counter(StringBuilder sb, String name, String help, String labels, long value) {
        sb.append("# HELP ").append(name).append(' ').append(help).append('\n');
        sb.append("# TYPE ").append(name).append(" counter\n");
        sb.append(name).append(labels).append(' ').append(value).append('\n');
    }

    private static void gauge(StringBuilder sb, String name, String help, String labels, long value) {
        sb.append("# HELP ").append(name).append(' ').append(help).append('\n');
        sb.append("# TYPE ").append(name).append(" gauge\n");
        sb.append(name).append(labels).append(' ').append(value).append('\n');
    }
}

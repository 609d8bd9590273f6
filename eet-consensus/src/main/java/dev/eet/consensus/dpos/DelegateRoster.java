package dev.eet.consensus.dpos;

import dev.eet.api.consensus.ElectionResult;
import dev.eet.api.consensus.NodeId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Who produces blocks: the active delegates in round-robin order, the standbys in promotion order, and the
 * evicted nodes with the reason. Slot {@code s} belongs to {@code active[s mod active.size()]}. Evicting a
 * delegate puts the best standby in its place in the schedule; an evicted node stays out until re-admitted, and
 * then joins the end of the standby queue. Every node derives the same roster from the election and the committed
 * chain. Not thread-safe (owned by one protocol node); {@link #copy()} for what-if checks.
 */
public final class DelegateRoster {
    private final List<NodeId> active;
    private final List<NodeId> standbys;
    private final SortedMap<NodeId, String> evicted;
    private final int seats;

    private DelegateRoster(List<NodeId> active, List<NodeId> standbys, SortedMap<NodeId, String> evicted, int seats) {
        this.active = active;
        this.standbys = standbys;
        this.evicted = evicted;
        this.seats = seats;
    }

    /**
     * @param election the election's delegates (schedule order = election order) and standbys
     * @return the initial roster
     */
    public static DelegateRoster of(ElectionResult election) {
        return new DelegateRoster(new ArrayList<>(election.delegates()), new ArrayList<>(election.standbys()),
                new TreeMap<>(), election.delegates().size());
    }

    /** @return an independent copy */
    public DelegateRoster copy() {
        return new DelegateRoster(new ArrayList<>(active), new ArrayList<>(standbys), new TreeMap<>(evicted), seats);
    }

    /**
     * @param slot a slot index (&ge; 0)
     * @return the delegate that owns it, empty when no delegate is left
     */
    public Optional<NodeId> producerOf(long slot) {
        return active.isEmpty() ? Optional.empty() : Optional.of(active.get((int) Math.floorMod(slot, active.size())));
    }

    /**
     * Evicts a delegate and promotes the best standby into its place. With no standby left the delegate's seat
     * is removed, except that the last active delegate is never evicted: a chain without a producer could never
     * commit the operator's re-admissions.
     *
     * @param node the delegate
     * @param reason why
     * @return the promoted standby, if any
     */
    public Optional<NodeId> evict(NodeId node, String reason) {
        int i = active.indexOf(node);
        if (i < 0 || (active.size() == 1 && standbys.isEmpty())) {
            return Optional.empty();
        }
        evicted.put(node, reason);
        if (standbys.isEmpty()) {
            active.remove(i);
            return Optional.empty();
        }
        NodeId promoted = standbys.remove(0);
        active.set(i, promoted);
        return Optional.of(promoted);
    }

    /**
     * The operator's re-admission: the node leaves the evicted set and takes back a seat that was removed for want
     * of standbys (at the end of the schedule) or, when every elected seat is filled, joins the end of the
     * standby queue.
     *
     * @param node the node
     * @return whether it was evicted
     */
    public boolean readmit(NodeId node) {
        if (evicted.remove(node) == null) {
            return false;
        }
        if (active.size() < seats) {
            active.add(node);
        } else {
            standbys.add(node);
        }
        return true;
    }

    /** @return the active delegates in schedule order */
    public List<NodeId> active() {
        return Collections.unmodifiableList(active);
    }

    /** @return the standbys in promotion order */
    public List<NodeId> standbys() {
        return Collections.unmodifiableList(standbys);
    }

    /** @return the evicted nodes and why */
    public SortedMap<NodeId, String> evicted() {
        return Collections.unmodifiableSortedMap(evicted);
    }

    @Override
    public String toString() {
        return "DelegateRoster[active=" + active + ", standbys=" + standbys + ", evicted=" + evicted + "]";
    }
}

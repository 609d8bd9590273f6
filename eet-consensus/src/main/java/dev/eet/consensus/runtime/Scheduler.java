package dev.eet.consensus.runtime;

import java.time.Clock;
import java.time.Duration;

/**
 * A protocol node's view of time and its event loop. Every task given to one scheduler runs on one logical
 * thread, one at a time, so protocol state needs no locks when it is only touched from scheduled tasks and
 * message handlers re-dispatched with {@link #execute(Runnable)}. In the simulated network time is virtual
 * and tasks of a crashed node are dropped.
 */
public interface Scheduler {

    /** @return the clock (virtual in simulations) */
    Clock clock();

    /**
     * @param delay how long from now
     * @param task what to run
     * @return a handle to cancel it
     */
    Timer schedule(Duration delay, Runnable task);

    /**
     * Runs a task on the event thread as soon as possible (after the tasks already queued for now).
     *
     * @param task what to run
     */
    void execute(Runnable task);

    /** A scheduled task that can be cancelled. */
    @FunctionalInterface
    interface Timer {
        /** Cancels the task if it has not run yet. */
        void cancel();
    }
}

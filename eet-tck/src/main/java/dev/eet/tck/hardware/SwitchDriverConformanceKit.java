package dev.eet.tck.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.hardware.MeterException;
import dev.eet.api.hardware.SwitchDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Conformance kit for {@link SwitchDriver} implementations: the state read back is the state last set, setting is
 * idempotent, close releases the port, concurrent commands are safe. Extend it with one class:
 *
 * <pre>{@code
 * class MyRelayConformanceTest extends SwitchDriverConformanceKit {
 *     protected SwitchDriver openSwitch() { return new MyRelayDriver(port.open()); }
 * }
 * }</pre>
 */
public abstract class SwitchDriverConformanceKit {

    /** @return a new, open driver for a healthy (simulated or real) relay; the port must be free again after close */
    protected abstract SwitchDriver openSwitch();

    /** Stops devices and frees ports after each test and property; default nothing. */
    protected void releaseDevices() {
    }

    @AfterEach
    void releaseAfterTest() {
        releaseDevices();
    }

    @AfterProperty
    void releaseAfterProperty() {
        releaseDevices();
    }

    /** On and off are reported back as set. */
    @Nested
    class State {
        @Test
        void stateReadBackIsTheStateSet() {
            try (SwitchDriver s = openSwitch()) {
                s.set(true);
                assertTrue(s.isOn());
                s.set(false);
                assertFalse(s.isOn());
                s.set(false);
                assertFalse(s.isOn(), "setting the same state twice is harmless");
            }
        }

        @Test
        void deviceIdIsNotBlank() {
            try (SwitchDriver s = openSwitch()) {
                assertFalse(s.deviceId() == null || s.deviceId().isBlank());
            }
        }
    }

    /** Close releases the port. */
    @Nested
    class Close {
        @Test
        void commandsAfterCloseFailAndThePortOpensAgain() {
            SwitchDriver s = openSwitch();
            s.set(true);
            s.close();
            assertThrows(MeterException.class, () -> s.set(false));
            assertThrows(MeterException.class, s::isOn);
            s.close();
            try (SwitchDriver again = openSwitch()) {
                again.set(false);
                assertFalse(again.isOn());
            }
        }
    }

    /** Commands from several threads all complete. */
    @Nested
    class Concurrency {
        @Test
        void concurrentCommandsAreSafe() throws Exception {
            try (SwitchDriver s = openSwitch()) {
                ExecutorService pool = Executors.newFixedThreadPool(4);
                try {
                    List<Future<?>> fs = new ArrayList<>();
                    for (int t = 0; t < 4; t++) {
                        boolean on = t % 2 == 0;
                        fs.add(pool.submit(() -> {
                            for (int i = 0; i < 5; i++) {
                                s.set(on);
                                s.isOn();
                            }
                            return null;
                        }));
                    }
                    for (Future<?> f : fs) {
                        f.get(60, TimeUnit.SECONDS);
                    }
                } finally {
                    pool.shutdownNow();
                }
                s.set(true);
                assertTrue(s.isOn());
            }
        }
    }

    /**
     * Whatever the command sequence, the state read back is the last one set.
     *
     * @param commands on/off commands
     */
    @Property(tries = 20)
    void stateFollowsTheLastCommand(@ForAll @Size(min = 1, max = 10) List<Boolean> commands) {
        try (SwitchDriver s = openSwitch()) {
            for (boolean on : commands) {
                s.set(on);
                assertEquals(on, s.isOn());
            }
        }
    }
}

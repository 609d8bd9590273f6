package dev.eet.tck.hardware;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.hardware.MeterException;
import dev.eet.api.hardware.SerialLink;
import dev.eet.api.model.MeterReading;
import dev.eet.api.model.ReadingQuality;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Power;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The kit's checks must catch broken drivers, or the kit could not fail. */
class MeterReadingChecksTest {
    private static final BigDecimal RATIO = new BigDecimal("1.1");

    private static MeterReading reading(String imp, String exp, String kw, String v, String a) {
        return new MeterReading("m1", Instant.parse("2024-06-01T12:00:00Z"), Energy.ofKwh(imp), Energy.ofKwh(exp),
                Power.ofKw(kw), new BigDecimal(v), new BigDecimal(a), ReadingQuality.GOOD);
    }

    @Test
    void validReadingPasses() {
        assertTrue(MeterReadingChecks.unitViolations(reading("1", "2", "-2.3", "230", "10"), "m1", RATIO).isEmpty());
    }

    @Test
    void wattsReportedAsKilowattsAreCaught() {
        assertFalse(MeterReadingChecks.unitViolations(reading("1", "2", "-2300", "230", "10"), "m1", RATIO).isEmpty());
    }

    @Test
    void millivoltsAreCaught() {
        assertFalse(MeterReadingChecks.unitViolations(reading("1", "2", "0", "230000", "0"), "m1", RATIO).isEmpty());
    }

    @Test
    void wrongDeviceIdIsCaught() {
        assertFalse(MeterReadingChecks.unitViolations(reading("1", "2", "0", "230", "0"), "m2", RATIO).isEmpty());
    }

    @Test
    void counterGoingBackIsCaught() {
        assertFalse(MeterReadingChecks.monotonicViolations(reading("5", "2", "0", "230", "0"),
                reading("4.999", "2", "0", "230", "0")).isEmpty());
        assertFalse(MeterReadingChecks.monotonicViolations(reading("5", "2", "0", "230", "0"),
                reading("5", "1", "0", "230", "0")).isEmpty());
        assertTrue(MeterReadingChecks.monotonicViolations(reading("5", "2", "0", "230", "0"),
                reading("5", "2", "0", "230", "0")).isEmpty());
    }

    @Test
    void inMemoryPortIsExclusiveAndCarriesBytes() {
        InMemorySerialPort port = new InMemorySerialPort("mem0");
        SerialLink host = port.open();
        assertThrows(MeterException.class, port::open);
        host.write(new byte[] {1, 2, 3});
        byte[] buf = new byte[8];
        int n = port.device().read(buf, 0, 8, Duration.ofMillis(100));
        assertTrue(n == 3 && buf[2] == 3);
        assertTrue(port.device().read(buf, 0, 8, Duration.ofMillis(20)) == 0);
        host.close();
        assertThrows(MeterException.class, () -> host.write(new byte[] {1}));
        port.open().close();
    }
}

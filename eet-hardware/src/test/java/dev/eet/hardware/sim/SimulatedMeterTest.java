package dev.eet.hardware.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.model.MeterReading;
import dev.eet.api.spi.Config;
import dev.eet.api.value.Energy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Simulated meters: deterministic, exact, plausible curves, limits respected. */
class SimulatedMeterTest {
    static final Instant MIDNIGHT = Instant.parse("2024-06-01T00:00:00Z");

    static SimulatedMeter meter(String kind, long seed) {
        return SimulatedMeter.create("m", Config.builder("sim").put("kind", kind).seed(seed).build(), MIDNIGHT);
    }

    static List<MeterReading> day(SimulatedMeter m, Duration step) {
        List<MeterReading> out = new ArrayList<>();
        for (Instant t = MIDNIGHT; !t.isAfter(MIDNIGHT.plus(Duration.ofDays(1))); t = t.plus(step)) {
            out.add(m.readAt(t));
        }
        return out;
    }

    @Test
    void sameSeedGivesSameReadingsWhateverTheReadPattern() {
        List<MeterReading> fine = day(meter("grid", 7), Duration.ofMinutes(1));
        SimulatedMeter coarse = meter("grid", 7);
        MeterReading end = coarse.readAt(MIDNIGHT.plus(Duration.ofDays(1)));
        assertEquals(fine.get(fine.size() - 1), end, "fast-forward in one jump equals minute-by-minute");
        assertNotEquals(end, meter("grid", 8).readAt(MIDNIGHT.plus(Duration.ofDays(1))), "another seed, another day");
    }

    @Test
    void pvProducesByDayOnlyWithAPlausibleYield() {
        List<MeterReading> rs = day(meter("pv", 1), Duration.ofMinutes(30));
        for (MeterReading r : rs) {
            int hour = r.timestamp().atZone(java.time.ZoneOffset.UTC).getHour();
            if (hour < 6 || hour >= 20) {
                assertTrue(r.activePower().signum() <= 0, "no PV at night: " + r);
            }
        }
        MeterReading noon = rs.get(26);
        assertTrue(noon.activePower().toKw().doubleValue() > 0.5, "PV at 13:00: " + noon);
        Energy yield = rs.get(rs.size() - 1).exportEnergy();
        assertTrue(yield.compareTo(Energy.ofKwh(8)) > 0 && yield.compareTo(Energy.ofKwh(40)) < 0,
                "a 5 kWp array makes 8 to 40 kWh on a June day, made " + yield);
    }

    @Test
    void householdOnlyConsumesAndPeaksInTheEvening() {
        List<MeterReading> rs = day(meter("household", 3), Duration.ofMinutes(10));
        assertTrue(rs.stream().allMatch(r -> r.activePower().signum() < 0 && r.exportEnergy().isZero()));
        Energy daily = rs.get(rs.size() - 1).importEnergy();
        assertTrue(daily.compareTo(Energy.ofKwh(4)) > 0 && daily.compareTo(Energy.ofKwh(25)) < 0, "daily use " + daily);
    }

    @Test
    void evChargerChargesInTheEveningWithinItsPower() {
        List<MeterReading> rs = day(meter("ev", 4), Duration.ofMinutes(5));
        assertTrue(rs.stream().allMatch(r -> r.activePower().toKw().doubleValue() >= -11.0 && r.activePower().signum() <= 0));
        for (MeterReading r : rs) {
            int hour = r.timestamp().atZone(java.time.ZoneOffset.UTC).getHour();
            if (hour >= 7 && hour < 17) {
                assertEquals(0, r.activePower().signum(), "no car between 07:00 and 17:00: " + r);
            }
        }
        Energy charged = rs.get(rs.size() - 1).importEnergy();
        assertTrue(charged.compareTo(Energy.ofKwh(8)) >= 0 && charged.compareTo(Energy.ofKwh(60)) <= 0,
                "the overnight end of yesterday's session plus today's (8 to 30 kWh each): " + charged);
    }

    @Property(tries = 30)
    void batteryStaysInsideItsStateOfChargeWindowAndLimits(@ForAll long seed, @ForAll @IntRange(min = 0, max = 100) int soc) {
        SimulatedMeter m = SimulatedMeter.create("b", Config.builder("sim").put("kind", "battery")
                .put("initialSoc", soc / 100.0).put("capacityKwh", "6").put("maxChargeKw", "3").seed(seed).build(), MIDNIGHT);
        BatteryProfile b = (BatteryProfile) m.profile();
        for (int minute = 0; minute <= 2 * 24 * 60; minute += 7) {
            MeterReading r = m.readAt(MIDNIGHT.plus(Duration.ofMinutes(minute)));
            assertTrue(b.stateOfChargeMicroKwh() >= b.minSocMicroKwh() - 1 && b.stateOfChargeMicroKwh() <= b.maxSocMicroKwh() + 1,
                    "state of charge " + b.stateOfChargeMicroKwh() + " at minute " + minute);
            assertTrue(r.activePower().toKw().doubleValue() >= -3.0 && r.activePower().toKw().doubleValue() <= 5.0, r.toString());
        }
    }

    @Property(tries = 50)
    void netCounterIsTheIntegralOfPower(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3000) int minutes) {
        SimulatedMeter m = meter("grid", seed);
        long netMicroKwMinutes = 0;
        MeterReading prev = m.readAt(MIDNIGHT);
        for (int i = 1; i <= minutes; i++) {
            netMicroKwMinutes += prev.activePower().microKw();
            MeterReading r = m.readAt(MIDNIGHT.plus(Duration.ofMinutes(i)));
            assertTrue(r.importEnergy().compareTo(prev.importEnergy()) >= 0 && r.exportEnergy().compareTo(prev.exportEnergy()) >= 0);
            prev = r;
        }
        long expected = netMicroKwMinutes / 60;
        long actual = prev.netExport().microKwh();
        assertTrue(Math.abs(expected - actual) <= 2, "net " + actual + " micro-kWh, integral " + expected);
    }

    @Test
    void badParametersNameTheKey() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> SimulatedMeter.create("m", Config.builder("sim meter").put("kind", "wind").build(), MIDNIGHT));
        assertEquals("sim meter: kind: must be pv, household, battery, ev or grid, was 'wind'", e.getMessage());
        e = assertThrows(InvalidArgumentException.class,
                () -> SimulatedMeter.create("m", Config.builder("sim meter").put("peakKw", "-1").build(), MIDNIGHT));
        assertEquals("peakKw", e.field());
    }

    @Test
    void scaledClockFastForwards() {
        ManualClock real = new ManualClock(Instant.parse("2030-01-01T00:00:00Z"));
        ScaledClock virtual = new ScaledClock(real, MIDNIGHT, 60);
        real.advance(Duration.ofMinutes(2));
        assertEquals(MIDNIGHT.plus(Duration.ofHours(2)), virtual.instant());
    }
}

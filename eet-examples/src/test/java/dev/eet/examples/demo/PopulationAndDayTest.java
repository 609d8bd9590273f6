package dev.eet.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.GridTariff;
import dev.eet.api.model.EnergyType;
import dev.eet.api.model.Order;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Side;
import dev.eet.api.value.Energy;
import dev.eet.hardware.sim.SimulatedMeter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seeded population and its simulated day: mix, prices, forecasts, orders and actuals from the meters. */
class PopulationAndDayTest {
    private static final GridTariff TARIFF = GridTariff.DEFAULT;

    @Test
    void defaultPopulationMixAndPriceAttitudes() {
        Population p = Population.generate(40, 7, TARIFF);
        assertEquals(40, p.participants().size());
        assertEquals(12, p.count(ParticipantClass.PV));
        assertEquals(16, p.count(ParticipantClass.HOUSEHOLD));
        assertEquals(6, p.count(ParticipantClass.STORAGE));
        assertEquals(6, p.count(ParticipantClass.EV));
        assertEquals("pv-01", p.participants().get(0).id().value());
        assertEquals("ev-06", p.participants().get(39).id().value());
        for (Participant x : p.participants()) {
            assertTrue(x.sellReserve().compareTo(x.sellLimit()) <= 0, x.toString());
            assertTrue(x.sellReserve().compareTo(TARIFF.feedIn()) >= 0, x.toString());
            assertTrue(x.buyReserve().compareTo(x.buyLimit()) >= 0, x.toString());
            assertTrue(x.buyReserve().compareTo(TARIFF.retail()) <= 0, x.toString());
            assertEquals(x.kind().meterKind().configName(), x.meter().getString("kind"));
        }
        assertEquals(p, Population.generate(40, 7, TARIFF), "same seed, same population");
        assertNotEquals(p, Population.generate(40, 8, TARIFF));
        Population small = Population.generate(4, 1, TARIFF);
        for (ParticipantClass c : ParticipantClass.values()) {
            assertEquals(1, small.count(c), c.name());
        }
    }

    @Test
    void badSizesAreRefusedNamingTheField() {
        assertEquals("population: participants: must be between 4 and 10000 (one of each class at least), was 3",
                assertThrows(InvalidArgumentException.class, () -> Population.generate(3, 7, TARIFF)).getMessage());
        Population p = Population.generate(4, 7, TARIFF);
        assertEquals("demo: periods: must be between 1 and 9600, was 0", assertThrows(InvalidArgumentException.class,
                () -> SimulatedDay.simulate(p, SimulatedDay.DEFAULT_START, 0, SimulatedDay.PERIOD, 7)).getMessage());
    }

    @Test
    void actualsAreTheMetersCounterDifferencesAndOrdersFollowTheForecasts() {
        Population p = Population.generate(40, 7, TARIFF);
        SimulatedDay day = SimulatedDay.simulate(p, SimulatedDay.DEFAULT_START, 96, SimulatedDay.PERIOD, 7);
        assertEquals(96, day.periods().size());
        Map<ParticipantId, Energy> total = new HashMap<>();
        for (PeriodInput in : day.periods()) {
            assertEquals(SimulatedDay.DEFAULT_START.plus(SimulatedDay.PERIOD.multipliedBy(in.period())),
                    in.delivery().start());
            assertEquals(40, in.actual().size());
            in.actual().forEach((id, e) -> total.merge(id, e, Energy::plus));
            long time = -1;
            for (Order o : in.orders()) {
                Energy f = in.forecast().get(o.participant());
                assertEquals(f.abs(), o.quantity(), o.id().value());
                assertEquals(f.isPositive() ? Side.SELL : Side.BUY, o.side());
                assertTrue(o.time() > time, "submission order is the list order");
                time = o.time();
                assertTrue(o.id().value().startsWith("P" + in.period() + "-"));
            }
            in.forecast().forEach((id, f) -> {
                Energy a = in.actual().get(id);
                // |f - a| <= 15 % of |a| (+ 1 micro-kWh of rounding)
                Energy bound = a.abs().times(new BigDecimal("0.15")).plus(Energy.ofMicroKwh(1));
                assertTrue(f.minus(a).abs().compareTo(bound) <= 0, id + ": forecast " + f + " actual " + a);
            });
        }
        for (Participant x : p.participants()) {
            SimulatedMeter m = SimulatedMeter.create(x.id().value(), x.meter(), SimulatedDay.DEFAULT_START);
            Energy whole = m.readAt(SimulatedDay.DEFAULT_START.plus(Duration.ofDays(1))).netExport();
            assertEquals(whole, total.get(x.id()), x.id() + ": the periods telescope to the day's counter delta");
        }
        PeriodInput noon = day.periods().get(48);
        PeriodInput midnight = day.periods().get(0);
        assertTrue(noon.actual().get(ParticipantId.of("pv-01")).isPositive(), "PV produces at noon");
        assertTrue(!midnight.actual().get(ParticipantId.of("pv-01")).isPositive(), "and not at midnight");
        assertTrue(midnight.actual().get(ParticipantId.of("house-01")).isNegative(), "households consume");
        assertTrue(noon.orders().stream().anyMatch(o -> o.side() == Side.SELL
                && o.energyType().orElse(null) == EnergyType.SOLAR));
    }

    @Test
    void sameSeedSameDay() {
        Population p = Population.generate(12, 3, TARIFF);
        SimulatedDay a = SimulatedDay.simulate(p, SimulatedDay.DEFAULT_START, 96, SimulatedDay.PERIOD, 3);
        SimulatedDay b = SimulatedDay.simulate(p, SimulatedDay.DEFAULT_START, 96, SimulatedDay.PERIOD, 3);
        assertEquals(a.periods(), b.periods());
        SimulatedDay c = SimulatedDay.simulate(p, SimulatedDay.DEFAULT_START, 96, SimulatedDay.PERIOD, 4);
        assertNotEquals(a.periods().get(40).forecast(), c.periods().get(40).forecast(), "the seed drives the errors");
        assertEquals(a.periods().get(40).actual(), c.periods().get(40).actual(), "but not the meters");
    }
}

package dev.eet.examples.demo;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.model.DeliveryPeriod;
import dev.eet.api.model.MeterReading;
import dev.eet.api.model.Order;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.model.Side;
import dev.eet.api.value.Energy;
import dev.eet.hardware.sim.SimulatedMeter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * One simulated trading day of a {@link Population}: each participant's eet-hardware {@link SimulatedMeter} is read
 * at every period boundary, the period's actual is the exact counter difference, and the forecast is the actual
 * with a seeded relative error (PV +-15 %, households +-10 %, storage and EV +-5 %, in whole tenths of a percent,
 * applied HALF_EVEN at 6 decimals). A forecast surplus of at least 0.001 kWh becomes a SELL order, a forecast
 * deficit a BUY order, at the participant's limit and reserve prices; order ids are {@code P<period>-<participant>}
 * and the submission order within a period is a seeded shuffle. Same population, start, periods and seed: the same
 * day, byte for byte.
 */
public final class SimulatedDay {
    /** The demo's default day: 21 June 2026 from 00:00 UTC (the simulated PV follows UTC daylight). */
    public static final Instant DEFAULT_START = Instant.parse("2026-06-21T00:00:00Z");
    /** The default period length. */
    public static final Duration PERIOD = Duration.ofMinutes(15);
    /** The default number of periods: one day. */
    public static final int DEFAULT_PERIODS = 96;
    private static final Energy MIN_ORDER = Energy.ofKwh("0.001");

    private final Population population;
    private final List<PeriodInput> periods;

    private SimulatedDay(Population population, List<PeriodInput> periods) {
        this.population = population;
        this.periods = List.copyOf(periods);
    }

    /**
     * @param population the participants
     * @param start the first period's start
     * @param periods how many periods (1 - 9600)
     * @param length the period length (at least one minute, whole minutes)
     * @param seed the seed of forecast errors and submission order
     * @return the simulated day
     */
    public static SimulatedDay simulate(Population population, Instant start, int periods, Duration length, long seed) {
        if (periods < 1 || periods > 9600) {
            throw new InvalidArgumentException("demo", "periods", "must be between 1 and 9600, was " + periods);
        }
        if (length.toMinutes() < 1 || length.toSeconds() % 60 != 0) {
            throw new InvalidArgumentException("demo", "periodLength", "must be whole minutes, at least 1, was " + length);
        }
        List<Participant> ps = population.participants();
        int n = ps.size();
        List<SimulatedMeter> meters = new ArrayList<>(n);
        for (Participant p : ps) {
            meters.add(SimulatedMeter.create(p.id().value(), p.meter(), start));
        }
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom errors = root.split();
        SplittableRandom shuffles = root.split();
        MeterReading[] last = new MeterReading[n];
        for (int i = 0; i < n; i++) {
            last[i] = meters.get(i).readAt(start);
        }
        List<PeriodInput> out = new ArrayList<>(periods);
        DeliveryPeriod delivery = new DeliveryPeriod(start, length);
        for (int k = 0; k < periods; k++) {
            TreeMap<ParticipantId, Energy> forecast = new TreeMap<>();
            TreeMap<ParticipantId, Energy> actual = new TreeMap<>();
            TreeMap<ParticipantId, MeterReading> readings = new TreeMap<>();
            List<Order> orders = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Participant p = ps.get(i);
                MeterReading r = meters.get(i).readAt(delivery.end());
                Energy net = r.netExport().minus(last[i].netExport());
                last[i] = r;
                Energy f = net.times(BigDecimal.ONE.add(error(errors, p.kind())));
                actual.put(p.id(), net);
                forecast.put(p.id(), f);
                readings.put(p.id(), r);
                if (f.abs().compareTo(MIN_ORDER) >= 0) {
                    orders.add(order(k, p, f));
                }
            }
            shuffle(orders, shuffles);
            List<Order> timed = new ArrayList<>(orders.size());
            for (int j = 0; j < orders.size(); j++) {
                Order o = orders.get(j);
                timed.add(new Order(o.id(), o.participant(), o.side(), o.limit(), o.reserve(), o.quantity(),
                        (long) k * 100_000 + j, o.energyType(), o.location(), o.credit(), o.preferences()));
            }
            out.add(new PeriodInput(k, delivery, timed, forecast, actual, readings));
            delivery = delivery.next();
        }
        return new SimulatedDay(population, out);
    }

    private static BigDecimal error(SplittableRandom r, ParticipantClass kind) {
        int permille = switch (kind) {
            case PV -> 150;
            case HOUSEHOLD -> 100;
            case STORAGE, EV -> 50;
        };
        return BigDecimal.valueOf(r.nextInt(-permille, permille + 1), 3);
    }

    private static Order order(int period, Participant p, Energy forecast) {
        boolean sell = forecast.isPositive();
        Order.Builder b = Order.builder("P" + period + "-" + p.id().value(), p.id().value(), sell ? Side.SELL : Side.BUY)
                .quantity(forecast.abs());
        if (sell) {
            b.limit(p.sellLimit()).reserve(p.sellReserve());
            p.kind().sellType().ifPresent(b::energyType);
        } else {
            b.limit(p.buyLimit()).reserve(p.buyReserve());
        }
        return b.build();
    }

    private static <T> void shuffle(List<T> list, SplittableRandom r) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /** @return the population */
    public Population population() {
        return population;
    }

    /** @return the periods in order */
    public List<PeriodInput> periods() {
        return periods;
    }
}

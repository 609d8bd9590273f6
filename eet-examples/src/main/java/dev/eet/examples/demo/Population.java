package dev.eet.examples.demo;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.GridTariff;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.spi.Config;
import dev.eet.api.value.Price;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded population of simulated participants. The mix is 30 % PV producers, 15 % storage, 15 % EV chargers and
 * the rest households (40 participants: 12 PV, 6 storage, 6 EV, 16 households), ids {@code pv-01},
 * {@code house-01}, {@code storage-01}, {@code ev-01}, ... Each participant's meter size and price attitude are
 * drawn from the seed:
 * <ul>
 *   <li>PV: peak 3.0 - 9.0 kW; household: load scale 0.6 - 1.6; storage: 8 - 14 kWh, 3 - 5 kW, initial state of
 *       charge 30 - 60 %; EV: a 7.4 or 11 kW charger;</li>
 *   <li>sell limit between the feed-in price + 0.05 and + 0.19 (4 decimals), reserve up to 0.04 below it (never
 *       below feed-in); buy limit between the feed-in price + 0.09 and + 0.23, reserve up to 0.04 above it (never
 *       above retail). With the default tariff 0.59 / 0.31: asks 0.36 - 0.50, bids 0.40 - 0.54.</li>
 * </ul>
 * Same count, seed and tariff: the same population.
 *
 * @param participants the participants, PV first, then households, storage, EV
 * @param seed the seed it was drawn from (meters' seeds derive from it)
 * @param tariff the grid tariff the prices were drawn against
 */
public record Population(List<Participant> participants, long seed, GridTariff tariff) {
    /** The default number of participants. */
    public static final int DEFAULT_SIZE = 40;

    /** Copies the list. */
    public Population {
        participants = List.copyOf(participants);
    }

    /**
     * @param count number of participants, at least 4 (one of each class)
     * @param seed the seed
     * @param tariff the grid tariff (prices are drawn between feed-in and retail)
     * @return the population
     * @throws InvalidArgumentException {@code population: participants: ...} when the count is below 4 or above 10000
     */
    public static Population generate(int count, long seed, GridTariff tariff) {
        if (count < 4 || count > 10_000) {
            throw new InvalidArgumentException("population", "participants", "must be between 4 and 10000 (one of "
                    + "each class at least), was " + count);
        }
        if (tariff.retail().compareTo(tariff.feedIn().plus(Price.perKwh("0.27"))) < 0) {
            throw new InvalidArgumentException("population", "tariff", "retail must exceed feed-in by at least 0.27 "
                    + "for the demo's price attitudes, was " + tariff.retail() + " / " + tariff.feedIn());
        }
        Map<ParticipantClass, Integer> mix = new EnumMap<>(ParticipantClass.class);
        int pv = Math.max(1, Math.round(count * 0.30f));
        int storage = Math.max(1, Math.round(count * 0.15f));
        int ev = Math.max(1, Math.round(count * 0.15f));
        mix.put(ParticipantClass.PV, pv);
        mix.put(ParticipantClass.HOUSEHOLD, count - pv - storage - ev);
        mix.put(ParticipantClass.STORAGE, storage);
        mix.put(ParticipantClass.EV, ev);
        SplittableRandom root = new SplittableRandom(seed);
        List<Participant> out = new ArrayList<>(count);
        for (ParticipantClass kind : ParticipantClass.values()) {
            int n = mix.get(kind);
            int digits = Math.max(2, Integer.toString(n).length());
            for (int i = 1; i <= n; i++) {
                String id = kind.prefix() + "-" + String.format(java.util.Locale.ROOT, "%0" + digits + "d", i);
                out.add(participant(id, kind, root.split(), tariff));
            }
        }
        return new Population(out, seed, tariff);
    }

    private static Participant participant(String id, ParticipantClass kind, SplittableRandom r, GridTariff tariff) {
        Config.Builder meter = Config.builder("meter " + id).put("kind", kind.meterKind().configName()).seed(r.nextLong());
        switch (kind) {
            case PV -> meter.put("peakKw", tenths(r, 30, 90));
            case HOUSEHOLD -> meter.put("loadScale", tenths(r, 6, 16));
            case STORAGE -> meter.put("capacityKwh", tenths(r, 80, 140)).put("maxChargeKw", tenths(r, 30, 50))
                    .put("maxDischargeKw", tenths(r, 30, 50)).put("initialSoc", new BigDecimal(r.nextInt(30, 61))
                            .movePointLeft(2));
            case EV -> meter.put("chargerKw", r.nextBoolean() ? "7.4" : "11");
            default -> throw new IllegalStateException(kind.name());
        }
        Price feedIn = tariff.feedIn();
        Price sellLimit = feedIn.plus(ten4(r, 500, 1900));
        Price sellReserve = Price.max(feedIn, sellLimit.minus(ten4(r, 0, 400)));
        Price buyLimit = feedIn.plus(ten4(r, 900, 2300));
        Price buyReserve = Price.min(tariff.retail(), buyLimit.plus(ten4(r, 0, 400)));
        return new Participant(ParticipantId.of(id), kind, meter.build(), sellLimit, sellReserve, buyLimit, buyReserve);
    }

    private static BigDecimal tenths(SplittableRandom r, int lo, int hi) {
        return BigDecimal.valueOf(r.nextInt(lo, hi + 1), 1);
    }

    /** A price of {@code [lo, hi]} ten-thousandths. */
    private static Price ten4(SplittableRandom r, int lo, int hi) {
        return Price.perKwh(BigDecimal.valueOf(r.nextInt(lo, hi + 1), 4));
    }

    /**
     * @param kind a class
     * @return how many participants of that class there are
     */
    public long count(ParticipantClass kind) {
        return participants.stream().filter(p -> p.kind() == kind).count();
    }
}

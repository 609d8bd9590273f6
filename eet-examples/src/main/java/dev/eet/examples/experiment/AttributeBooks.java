package dev.eet.examples.experiment;

import dev.eet.api.model.EnergyType;
import dev.eet.api.model.Location;
import dev.eet.api.model.Order;
import dev.eet.api.model.Side;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Price;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded order books with every attribute, for the {@code kprototypes-vs-da} and {@code cmap-vs-baselines}
 * experiments: sellers with prices 0.20-0.45, 2-20 kWh, half of them clean (SOLAR, WIND, HYDRO, BIOMASS) and half
 * THERMAL, credit 60-100; buyers with prices 0.35-0.58, 2-15 kWh, asking for a clean type (SOLAR or WIND);
 * everybody in a square of about 22 km (0.2 degrees) around (30 N, 120 E).
 */
final class AttributeBooks {
    private static final EnergyType[] CLEAN = {EnergyType.SOLAR, EnergyType.WIND, EnergyType.HYDRO, EnergyType.BIOMASS};

    private AttributeBooks() {
    }

    static List<Order> book(int sellers, int buyers, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Order> out = new ArrayList<>();
        for (int i = 0; i < sellers + buyers; i++) {
            boolean sell = i < sellers;
            String id = (sell ? "S" : "B") + (sell ? i + 1 : i - sellers + 1);
            EnergyType type = sell ? (r.nextBoolean() ? CLEAN[r.nextInt(CLEAN.length)] : EnergyType.THERMAL)
                    : (r.nextBoolean() ? EnergyType.SOLAR : EnergyType.WIND);
            out.add(Order.builder(id, id, sell ? Side.SELL : Side.BUY)
                    .limit(Price.ofMicros(sell ? 200_000 + r.nextInt(250_001) : 350_000 + r.nextInt(230_001)))
                    .quantity(Energy.ofMicroKwh(sell ? 2_000_000L + r.nextLong(18_000_001L)
                            : 2_000_000L + r.nextLong(13_000_001L)))
                    .energyType(type)
                    .location(new Location.GeoPoint(30 + r.nextInt(200_001) / 1e6, 120 + r.nextInt(200_001) / 1e6))
                    .credit(BigDecimal.valueOf(60 + r.nextInt(41)))
                    .time(i).build());
        }
        return out;
    }
}

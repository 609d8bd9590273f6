package dev.eet.matching.preference;

import dev.eet.api.model.Order;
import dev.eet.api.model.Side;
import dev.eet.api.spi.Config;

/** Small hand-made books of the CMAP and HFPI tests. */
final class Books {
    private Books() {
    }

    static Order sell(String id, String price, String kwh, long time) {
        return Order.builder(id, id, Side.SELL).limit(price).quantity(kwh).time(time).build();
    }

    static Order buy(String id, String price, String kwh, long time) {
        return Order.builder(id, id, Side.BUY).limit(price).quantity(kwh).time(time).build();
    }

    static Config params(String... kv) {
        Config.Builder b = Config.builder("t");
        for (int i = 0; i < kv.length; i += 2) {
            b.put(kv[i], kv[i + 1]);
        }
        return b.build();
    }
}

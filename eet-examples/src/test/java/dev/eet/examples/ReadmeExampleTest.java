package dev.eet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.Matcher;
import dev.eet.api.matching.MatcherProvider;
import dev.eet.api.model.GridTrade;
import dev.eet.api.model.Order;
import dev.eet.api.model.Side;
import dev.eet.api.model.Trade;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ten-line example on the README's first screen, run as written, with the output its comments promise. */
class ReadmeExampleTest {

    @Test
    void readmeExamplePrintsWhatItSays() {
        List<String> printed = new ArrayList<>();
        // --- as in README.md ---
        Matcher cda = ProviderRegistry.load(MatcherProvider.class).get("cda").create(Config.builder("cda")
                .put("beta", "0.1").put("gridRetailPrice", "0.59").put("gridFeedInPrice", "0.31").build());
        MatchResult result = cda.match(List.of(
                Order.builder("S1", "S1", Side.SELL).limit("0.41").reserve("0.34").quantity("220").build(),
                Order.builder("B1", "B1", Side.BUY).limit("0.53").reserve("0.58").quantity("400").build()));
        for (Trade t : result.trades()) {
            printed.add(t.seller() + " -> " + t.buyer() + ": " + t.quantity() + " at " + t.price());
        }
        // --- end ---
        assertEquals(List.of("S1 -> B1: 220 kWh at 0.47/kWh"), printed);
        assertEquals(1, result.gridTrades().size());
        GridTrade g = result.gridTrades().get(0);
        assertEquals("B1", g.participant().value());
        assertEquals(Side.BUY, g.side());
        assertEquals("180", g.quantity().toPlainString());
        assertEquals("0.59", g.price().toPlainString());
    }
}

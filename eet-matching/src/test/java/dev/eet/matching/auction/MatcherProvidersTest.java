package dev.eet.matching.auction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.Matcher;
import dev.eet.api.matching.MatcherProvider;
import dev.eet.api.spi.Config;
import dev.eet.api.spi.ProviderRegistry;
import org.junit.jupiter.api.Test;

/** The auction matchers are found by name through ServiceLoader and reject unknown parameters. */
class MatcherProvidersTest {
    private final ProviderRegistry<MatcherProvider> registry = ProviderRegistry.load(MatcherProvider.class);

    @Test
    void everyAuctionMatcherIsRegisteredUnderItsName() {
        assertTrue(registry.names().containsAll(java.util.List.of("cda", "da-renewable-first", "bilateral")),
                "registered: " + registry.names());
        for (String name : java.util.List.of("cda", "da-renewable-first", "bilateral")) {
            Matcher m = registry.get(name).create(Config.empty());
            assertEquals(name, m.name());
        }
    }

    @Test
    void parametersReachTheMatcher() {
        CdaMatcher cda = (CdaMatcher) registry.get("cda").create(Config.builder("x").put("beta", "0.25")
                .put("gridRetailPrice", "0.7").put("gridFeedInPrice", "0.2").build());
        assertEquals(new java.math.BigDecimal("0.25"), cda.beta());
        assertEquals("0.7", cda.tariff().retail().toPlainString());
        assertEquals("0.2", cda.tariff().feedIn().toPlainString());
    }

    @Test
    void unknownParametersAreRejectedByName() {
        for (String name : java.util.List.of("da-renewable-first", "bilateral")) {
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                    () -> registry.get(name).create(Config.builder("x").put("beta", "0.1").build()));
            assertEquals("matcher " + name + ": beta: unknown parameter (known: gridFeedInPrice, gridRetailPrice)",
                    e.getMessage());
        }
    }
}

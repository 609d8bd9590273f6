package dev.eet.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.MatchResult;
import dev.eet.api.matching.Matcher;
import dev.eet.api.matching.MatcherProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderRegistryTest {

    record Named(String name) implements MatcherProvider {
        @Override
        public Matcher create(Config config) {
            return new Matcher() {
                @Override
                public String name() {
                    return Named.this.name;
                }

                @Override
                public MatchResult match(List<dev.eet.api.model.Order> orders) {
                    return new MatchResult(name, List.of(), List.of(), List.of(), List.of());
                }
            };
        }
    }

    @Test
    void findsProvidersByName() {
        Named a = new Named("alpha");
        ProviderRegistry<MatcherProvider> r = ProviderRegistry.of(MatcherProvider.class, a, new Named("beta-2"));
        assertSame(a, r.get("alpha"));
        assertEquals(List.of("alpha", "beta-2"), List.copyOf(r.names()));
        assertTrue(r.find("gamma").isEmpty());
    }

    @Test
    void unknownNameListsKnownOnes() {
        ProviderRegistry<MatcherProvider> r = ProviderRegistry.of(MatcherProvider.class, new Named("alpha"));
        UnknownProviderException e = assertThrows(UnknownProviderException.class, () -> r.get("cdaa"));
        assertEquals("unknown matcher 'cdaa' (known: alpha)", e.getMessage());
    }

    @Test
    void duplicateNamesFailClearly() {
        DuplicateProviderException e = assertThrows(DuplicateProviderException.class,
                () -> ProviderRegistry.of(MatcherProvider.class, new Named("cda"), new Named("cda")));
        assertTrue(e.getMessage().contains("two matcher providers are named 'cda'"), e.getMessage());
    }

    @Test
    void badNamesAreRejected() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> ProviderRegistry.of(MatcherProvider.class, new Named("Bad Name")));
        assertEquals("name", e.field());
    }

    @Test
    void serviceLoaderFindsNothingInTheApiAlone() {
        assertTrue(ProviderRegistry.load(MatcherProvider.class).names().isEmpty());
    }
}

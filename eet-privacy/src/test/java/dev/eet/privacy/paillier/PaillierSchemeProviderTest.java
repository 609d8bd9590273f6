package dev.eet.privacy.paillier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.spi.Config;
import org.junit.jupiter.api.Test;

class PaillierSchemeProviderTest {
    private final PaillierSchemeProvider provider = new PaillierSchemeProvider();

    @Test
    void shortKeysNeedTheExplicitTestSwitch() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> provider.create(Config.builder("c").put("bits", 1024).build()));
        assertEquals("bits", e.field());
    }

    @Test
    void unknownParametersAndModesAreRejected() {
        assertEquals("bitz", assertThrows(InvalidArgumentException.class,
                () -> provider.create(Config.builder("c").put("bitz", 2048).build())).field());
        assertEquals("randomiser", assertThrows(InvalidArgumentException.class,
                () -> provider.create(Config.builder("c").put("randomiser", "fast").build())).field());
    }

    @Test
    void defaultsAre3072BitsAndStandardRandomisers() {
        assertEquals("PaillierScheme[bits=3072, mode=STANDARD]", provider.create(Config.empty()).toString());
    }
}

package dev.eet.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.value.Price;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigTest {
    private final Config config = Config.builder("matcher cda")
            .put("beta", "0.1").put("gridRetailPrice", new BigDecimal("0.59")).put("rounds", 3)
            .put("period", "PT15M").put("flag", "TRUE").put("bad", "abc")
            .seed(7).clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build();

    @Test
    void typedGettersParseValues() {
        assertEquals(new BigDecimal("0.1"), config.getDecimal("beta"));
        assertEquals(Price.perKwh("0.59"), config.getPrice("gridRetailPrice", Price.ZERO));
        assertEquals(3, config.getInt("rounds", 0));
        assertEquals(Duration.ofMinutes(15), config.getDuration("period", Duration.ZERO));
        assertEquals(true, config.getBoolean("flag", false));
        assertEquals(42, config.getLong("missing", 42));
        assertEquals(7, config.seed());
        assertEquals(Instant.EPOCH, config.clock().instant());
    }

    @Test
    void errorsNameSubjectAndKey() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> config.getDecimal("bad"));
        assertEquals("matcher cda: bad: must be a decimal number, was 'abc'", e.getMessage());
        assertEquals("bad", e.field());
        e = assertThrows(InvalidArgumentException.class, () -> config.getString("missing"));
        assertEquals("matcher cda: missing: is required", e.getMessage());
        e = assertThrows(InvalidArgumentException.class, () -> config.getLong("beta", 0));
        assertEquals("beta", e.field());
    }

    @Test
    void unknownKeysAreRejected() {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                () -> config.requireOnly(Set.of("beta", "gridRetailPrice", "rounds", "period", "flag")));
        assertEquals("bad", e.field());
    }

    @Test
    void sameSeedSameRandomSequence() {
        assertEquals(config.newRandom().nextLong(), config.newRandom().nextLong());
    }
}

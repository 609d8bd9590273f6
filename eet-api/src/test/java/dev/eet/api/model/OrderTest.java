package dev.eet.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.matching.OrderBatch;
import dev.eet.api.value.Price;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderTest {

    @Test
    void reserveDefaultsToLimit() {
        Order o = Order.builder("S1", "S1", Side.SELL).limit("0.41").quantity("220").build();
        assertEquals(Price.perKwh("0.41"), o.reserve());
    }

    @Test
    void invalidFieldsAreNamed() {
        InvalidOrderException e = assertThrows(InvalidOrderException.class,
                () -> Order.builder("B1", "B1", Side.BUY).limit("0.5").quantity("-3").build());
        assertEquals("order B1: quantityKwh: must be positive, was -3", e.getMessage());
        e = assertThrows(InvalidOrderException.class,
                () -> Order.builder("B1", "B1", Side.BUY).limit("0.5").reserve("0.4").quantity("3").build());
        assertEquals("reservePrice", e.field());
        e = assertThrows(InvalidOrderException.class,
                () -> Order.builder("S1", "S1", Side.SELL).limit("0.4").reserve("0.5").quantity("3").build());
        assertEquals("reservePrice", e.field());
        e = assertThrows(InvalidOrderException.class,
                () -> Order.builder("S1", "S1", Side.SELL).limit("-0.4").quantity("3").build());
        assertEquals("price", e.field());
        e = assertThrows(InvalidOrderException.class, () -> Order.builder("S1", "S1", Side.SELL).quantity("3").build());
        assertEquals("price", e.field());
        assertThrows(InvalidArgumentException.class, () -> Order.builder(" ", "S1", Side.SELL));
    }

    @Test
    void batchRejectsDuplicatesAndUnknownParticipantsKeepingTheRest() {
        Order a = Order.builder("A", "P1", Side.SELL).limit("0.4").quantity("1").build();
        Order dup = Order.builder("A", "P2", Side.BUY).limit("0.5").quantity("1").build();
        Order stranger = Order.builder("C", "X", Side.BUY).limit("0.5").quantity("1").build();
        Order b = Order.builder("B", "P2", Side.BUY).limit("0.5").quantity("1").build();
        OrderBatch batch = OrderBatch.of(List.of(a, dup, stranger, b),
                Optional.of(Set.of(ParticipantId.of("P1"), ParticipantId.of("P2"))));
        assertEquals(List.of(a, b), batch.valid());
        assertEquals("order A: id: duplicate order id", batch.rejections().get(0).message());
        assertEquals("participant", batch.rejections().get(1).field());
    }

    @Test
    void tradeRefusesSelfTradeAndZeroQuantity() {
        assertThrows(InvalidArgumentException.class, () -> new Trade(OrderId.of("S"), OrderId.of("B"),
                ParticipantId.of("P"), ParticipantId.of("P"), dev.eet.api.value.Energy.ofKwh(1), Price.ZERO, 1));
        assertThrows(InvalidArgumentException.class, () -> new Trade(OrderId.of("S"), OrderId.of("B"),
                ParticipantId.of("P"), ParticipantId.of("Q"), dev.eet.api.value.Energy.ZERO, Price.ZERO, 1));
    }
}

package dev.eet.settlement.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.model.ParticipantId;
import dev.eet.api.value.Energy;
import dev.eet.api.value.Money;
import dev.eet.api.value.Price;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PriorityMatrixSettlementTest {
    static final ParticipantId A = ParticipantId.of("A");
    static final ParticipantId B = ParticipantId.of("B");
    static final ParticipantId C = ParticipantId.of("C");
    static final ParticipantId D = ParticipantId.of("D");
    static final ParticipantId GRID = ParticipantId.GRID;
    static final Price GRID_PRICE = Price.perKwh("0.60");

    static SortedMap<ParticipantId, Energy> kwh(Object... pairs) {
        SortedMap<ParticipantId, Energy> m = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((ParticipantId) pairs[i], Energy.ofKwh(pairs[i + 1].toString()));
        }
        return m;
    }

    static SettlementRecord rec(ParticipantId s, ParticipantId b, String kwh, String price) {
        return SettlementRecord.of(s, b, Energy.ofKwh(kwh), Price.perKwh(price));
    }

    /** The worked example of settlement.md section 1. */
    @Test
    void workedExample() {
        PriceMatrix pm = PriceMatrix.builder().add("A", "B", 1, "0.40").add("A", "C", 2, "0.42").build();
        List<SettlementRecord> r = PriorityMatrixSettlement.settle(kwh(A, 10), kwh(B, 7, C, 5), pm, GRID_PRICE,
                Set.of());
        assertEquals(List.of(rec(A, B, "7", "0.40"), rec(A, C, "3", "0.42"), rec(GRID, C, "2", "0.60")), r);
        assertEquals(Money.of("2.8"), r.get(0).amount());
        assertEquals(Money.of("1.26"), r.get(1).amount());
        assertEquals(Money.of("1.2"), r.get(2).amount());
    }

    @Test
    void workedExampleRemainderComesFromTheNextSupplierBeforeTheGrid() {
        PriceMatrix pm = PriceMatrix.builder().add("A", "B", 1, "0.40").add("A", "C", 2, "0.42")
                .add("D", "C", 1, "0.45").build();
        List<SettlementRecord> r = PriorityMatrixSettlement.settle(kwh(A, 10, D, 4), kwh(B, 7, C, 5), pm,
                GRID_PRICE, Set.of());
        assertEquals(List.of(rec(A, B, "7", "0.40"), rec(A, C, "3", "0.42"), rec(D, C, "2", "0.45"),
                rec(D, GRID, "2", "0.60")), r);
    }

    /**
     * The erratum: with no buyer left, the supply (not the consumption) goes to zero. Under the report's
     * reading, B's open demand would be wiped and never bought from the grid, and A's loop would never end.
     */
    @Test
    void noBuyerBranchZeroesTheSupplyNotTheConsumption() {
        PriceMatrix pm = PriceMatrix.builder().add("D", "B", 1, "0.40").build(); // A has no buyers at all
        List<SettlementRecord> r = PriorityMatrixSettlement.settle(kwh(A, 3, D, 1), kwh(B, 5), pm, GRID_PRICE,
                Set.of());
        assertEquals(List.of(rec(A, GRID, "3", "0.60"), rec(D, B, "1", "0.40"), rec(GRID, B, "4", "0.60")), r);
    }

    @Test
    void tiesInPriorityAreServedByBuyerId() {
        PriceMatrix pm = PriceMatrix.builder().add("A", "C", 1, "0.41").add("A", "B", 1, "0.40").build();
        List<SettlementRecord> r = PriorityMatrixSettlement.settle(kwh(A, 4), kwh(B, 3, C, 3), pm, GRID_PRICE,
                Set.of());
        assertEquals(List.of(rec(A, B, "3", "0.40"), rec(A, C, "1", "0.41"), rec(GRID, C, "2", "0.60")), r);
    }

    @Test
    void gridOnlyUsersTradeOnlyWithTheGrid() {
        PriceMatrix pm = PriceMatrix.builder().add("A", "B", 1, "0.40").build();
        List<SettlementRecord> r = PriorityMatrixSettlement.settle(kwh(A, 4), kwh(B, 3), pm, GRID_PRICE, Set.of(B));
        assertEquals(List.of(rec(A, GRID, "4", "0.60"), rec(GRID, B, "3", "0.60")), r);
    }

    @Test
    void badMatrixAndQuantitiesAreRefused() {
        assertThrows(InvalidArgumentException.class,
                () -> PriceMatrix.builder().add("A", "B", 1, "0.40").add("A", "B", 2, "0.41"));
        assertThrows(InvalidArgumentException.class, () -> PriceMatrix.builder().add("A", "B", 0, "0.40"));
        assertThrows(InvalidArgumentException.class, () -> PriceMatrix.builder().add("A", "A", 1, "0.40"));
        assertThrows(InvalidArgumentException.class, () -> PriceMatrix.builder().add("A", "B", 1, "-0.01"));
        assertThrows(InvalidArgumentException.class, () -> PriorityMatrixSettlement.settle(kwh(A, -1), kwh(),
                PriceMatrix.empty(), GRID_PRICE, Set.of()));
    }
}

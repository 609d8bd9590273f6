package dev.eet.matching.auction;

import java.util.Arrays;
import dev.eet.api.model.ParticipantId;

/**
 * Dense participant numbers for an {@link AuctionBook}: the first participant seen is 0, the next new one 1, and so
 * on; equal ids get equal numbers. An open-addressing table with no object per order: each slot holds the id's hash
 * and number, a parallel slot where the id's characters start in one shared character arena, and how many there
 * are. Checking a new order's id against a known one therefore reads the table and the arena only, never the
 * objects of the order that first named that participant (which, in a large batch, are far away in memory).
 */
final class ParticipantNumbers {
    private long[] table = new long[64]; // hash << 32 | (number + 1); 0 = free
    private long[] text = new long[64];  // arena offset << 32 | length, for the same slot
    private int shift = Integer.numberOfLeadingZeros(63);
    private char[] arena = new char[256];
    private int used;
    private int count;

    /**
     * @param id a participant
     * @return its number, a new one if it was not seen before
     */
    int number(ParticipantId id) {
        String value = id.value();
        int h = value.hashCode();
        int mask = table.length - 1;
        int s = (h * 0x9E3779B9) >>> shift;
        while (true) {
            long entry = table[s];
            if (entry == 0) {
                break;
            }
            if ((int) (entry >>> 32) == h && sameText(value, text[s])) {
                return (int) entry - 1;
            }
            s = (s + 1) & mask;
        }
        int length = value.length();
        if (arena.length - used < length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, used + length));
        }
        value.getChars(0, length, arena, used);
        text[s] = (long) used << 32 | length;
        used += length;
        int number = count++;
        table[s] = (long) h << 32 | (number + 1L);
        if (count * 2 > table.length) {
            grow();
        }
        return number;
    }

    private boolean sameText(String value, long where) {
        int length = (int) where;
        if (value.length() != length) {
            return false;
        }
        int offset = (int) (where >>> 32);
        for (int k = 0; k < length; k++) {
            if (value.charAt(k) != arena[offset + k]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        long[] oldTable = table;
        long[] oldText = text;
        table = new long[oldTable.length * 2];
        text = new long[oldTable.length * 2];
        int mask = table.length - 1;
        shift = Integer.numberOfLeadingZeros(mask);
        for (int i = 0; i < oldTable.length; i++) {
            long entry = oldTable[i];
            if (entry != 0) {
                int s = ((int) (entry >>> 32) * 0x9E3779B9) >>> shift;
                while (table[s] != 0) {
                    s = (s + 1) & mask;
                }
                table[s] = entry;
                text[s] = oldText[i];
            }
        }
    }
}

package dev.eet.hardware.registers;

import dev.eet.api.InvalidArgumentException;
import java.util.Locale;

/**
 * Byte order of a multi-register value, named by where the bytes A (most significant) to D land on the wire. For
 * 64-bit values the same rule extends to four registers: word order reversed or not, bytes within a word swapped
 * or not.
 */
public enum WordOrder {
    /** Big endian: high word first, high byte first (Modbus default; Eastron). */
    ABCD(false, false),
    /** Low word first, high byte first within each word (Carlo Gavazzi, Peacefair). */
    CDAB(true, false),
    /** High word first, bytes swapped within each word. */
    BADC(false, true),
    /** Little endian: low word first, bytes swapped. */
    DCBA(true, true);

    private final boolean wordsReversed;
    private final boolean bytesSwapped;

    WordOrder(boolean wordsReversed, boolean bytesSwapped) {
        this.wordsReversed = wordsReversed;
        this.bytesSwapped = bytesSwapped;
    }

    /**
     * Reorders registers as received into big-endian order (or back: the mapping is its own inverse).
     *
     * @param registers registers in wire order
     * @return registers in ABCD order
     */
    public int[] toBigEndian(int[] registers) {
        int n = registers.length;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int r = registers[wordsReversed ? n - 1 - i : i];
            out[i] = bytesSwapped ? ((r & 0xFF) << 8) | ((r >>> 8) & 0xFF) : r;
        }
        return out;
    }

    /**
     * @param text one of ABCD, CDAB, BADC, DCBA (any case)
     * @param subject for the error message
     * @return the order
     */
    public static WordOrder parse(String text, String subject) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(subject, "order", "must be ABCD, CDAB, BADC or DCBA, was '" + text + "'");
        }
    }
}

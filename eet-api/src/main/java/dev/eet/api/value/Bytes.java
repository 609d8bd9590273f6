package dev.eet.api.value;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable byte string with value equality: hashes, signatures, payloads. The array given to
 * {@link #of(byte[])} is copied; {@link #toArray()} returns a copy.
 */
public final class Bytes implements Comparable<Bytes> {
    private static final HexFormat HEX = HexFormat.of();

    /** The empty byte string. */
    public static final Bytes EMPTY = new Bytes(new byte[0]);

    private final byte[] data;

    private Bytes(byte[] data) {
        this.data = data;
    }

    /**
     * @param data the bytes (copied)
     * @return the byte string
     */
    public static Bytes of(byte[] data) {
        return new Bytes(data.clone());
    }

    /**
     * @param hex lower- or upper-case hexadecimal, even length
     * @return the byte string
     * @throws IllegalArgumentException if the string is not hexadecimal
     */
    public static Bytes fromHex(String hex) {
        return new Bytes(HEX.parseHex(hex));
    }

    /** @return a copy of the bytes */
    public byte[] toArray() {
        return data.clone();
    }

    /** @return the number of bytes */
    public int length() {
        return data.length;
    }

    /**
     * @param index position
     * @return the byte at {@code index}
     */
    public byte get(int index) {
        return data[index];
    }

    /** @return lower-case hexadecimal */
    public String toHex() {
        return HEX.formatHex(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes b && Arrays.equals(data, b.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public int compareTo(Bytes o) {
        return Arrays.compareUnsigned(data, o.data);
    }

    /** @return lower-case hexadecimal */
    @Override
    public String toString() {
        return toHex();
    }
}

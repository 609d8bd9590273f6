package dev.eet.privacy.ec;

import dev.eet.api.InvalidArgumentException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Reads the {@link ByteWriter} format strictly: every point is validated (on the curve, not the identity), every
 * scalar must be below the group order, lengths are bounded and trailing bytes are an error. Failures are
 * {@link InvalidArgumentException}s naming the subject being decoded and the field.
 */
public final class ByteReader {
    private final PrimeOrderGroup group;
    private final byte[] data;
    private final String subject;
    private int pos;

    /**
     * @param group the group whose encodings are read
     * @param data the bytes
     * @param subject what is being decoded, for error messages (e.g. {@code "range proof"})
     */
    public ByteReader(PrimeOrderGroup group, byte[] data, String subject) {
        this.group = group;
        this.data = data;
        this.subject = subject;
    }

    private byte[] take(int n, String field) {
        if (n < 0 || n > data.length - pos) {
            throw new InvalidArgumentException(subject, field, "truncated: needs " + n + " bytes at offset " + pos
                    + " of " + data.length);
        }
        byte[] b = Arrays.copyOfRange(data, pos, pos + n);
        pos += n;
        return b;
    }

    /**
     * @param field field name
     * @return one unsigned byte
     */
    public int u8(String field) {
        return take(1, field)[0] & 0xff;
    }

    /**
     * @param field field name
     * @return a 32-bit value
     */
    public int u32(String field) {
        byte[] b = take(4, field);
        return ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    }

    /**
     * @param field field name
     * @return a 64-bit value
     */
    public long u64(String field) {
        long hi = u32(field) & 0xffffffffL;
        return (hi << 32) | (u32(field) & 0xffffffffL);
    }

    /**
     * @param field field name
     * @param max the largest count accepted
     * @return a count in [0, max]
     */
    public int count(String field, int max) {
        int n = u32(field);
        if (n < 0 || n > max) {
            throw new InvalidArgumentException(subject, field, "count must be in [0, " + max + "], was " + n);
        }
        return n;
    }

    /**
     * @param field field name
     * @return length-prefixed bytes
     */
    public byte[] bytes(String field) {
        return take(count(field, data.length - pos), field);
    }

    /**
     * @param field field name
     * @return a length-prefixed UTF-8 string
     */
    public String string(String field) {
        return new String(bytes(field), StandardCharsets.UTF_8);
    }

    /**
     * @param field field name
     * @return a signed integer
     */
    public BigInteger integer(String field) {
        byte[] b = bytes(field);
        if (b.length == 0) {
            throw new InvalidArgumentException(subject, field, "empty integer");
        }
        return new BigInteger(b);
    }

    /**
     * @param field field name
     * @return a validated point (never the identity)
     */
    public ECPoint point(String field) {
        byte[] b = take(group.pointLength(), field);
        try {
            return group.decodePoint(b, field);
        } catch (InvalidArgumentException e) {
            throw new InvalidArgumentException(subject, field, e.problem());
        }
    }

    /**
     * @param field field name
     * @param max the largest count accepted
     * @return count-prefixed validated points
     */
    public List<ECPoint> points(String field, int max) {
        int n = count(field, max);
        List<ECPoint> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(point(field + "[" + i + "]"));
        }
        return out;
    }

    /**
     * @param field field name
     * @return a scalar below the group order
     */
    public BigInteger scalar(String field) {
        byte[] b = take(group.scalarLength(), field);
        try {
            return group.decodeScalar(b, field);
        } catch (InvalidArgumentException e) {
            throw new InvalidArgumentException(subject, field, e.problem());
        }
    }

    /**
     * @param field field name
     * @param max the largest count accepted
     * @return count-prefixed scalars
     */
    public List<BigInteger> scalars(String field, int max) {
        int n = count(field, max);
        List<BigInteger> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(scalar(field + "[" + i + "]"));
        }
        return out;
    }

    /** @throws InvalidArgumentException if bytes remain */
    public void end() {
        if (pos != data.length) {
            throw new InvalidArgumentException(subject, "encoding", (data.length - pos) + " trailing bytes");
        }
    }
}

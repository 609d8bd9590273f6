package dev.eet.privacy.ec;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Canonical, unambiguous byte encoding used for proofs, records and Fiat-Shamir inputs: fixed-length points and
 * scalars, 4-byte big-endian lengths before every variable-length field.
 */
public final class ByteWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrimeOrderGroup group;

    /** @param group the group whose point and scalar encodings are written */
    public ByteWriter(PrimeOrderGroup group) {
        this.group = group;
    }

    /**
     * @param b one byte
     * @return this writer
     */
    public ByteWriter u8(int b) {
        out.write(b);
        return this;
    }

    /**
     * @param v a 32-bit value, big-endian
     * @return this writer
     */
    public ByteWriter u32(int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
        return this;
    }

    /**
     * @param v a 64-bit value, big-endian
     * @return this writer
     */
    public ByteWriter u64(long v) {
        u32((int) (v >>> 32));
        return u32((int) v);
    }

    /**
     * @param bytes length-prefixed bytes
     * @return this writer
     */
    public ByteWriter bytes(byte[] bytes) {
        u32(bytes.length);
        out.writeBytes(bytes);
        return this;
    }

    /**
     * @param s a length-prefixed UTF-8 string
     * @return this writer
     */
    public ByteWriter string(String s) {
        return bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param v a signed integer of any size (length-prefixed two's complement)
     * @return this writer
     */
    public ByteWriter integer(BigInteger v) {
        return bytes(v.toByteArray());
    }

    /**
     * @param p a point other than the identity (fixed length)
     * @return this writer
     */
    public ByteWriter point(ECPoint p) {
        out.writeBytes(group.encodePoint(p));
        return this;
    }

    /**
     * @param points a count-prefixed list of points
     * @return this writer
     */
    public ByteWriter points(List<ECPoint> points) {
        u32(points.size());
        points.forEach(this::point);
        return this;
    }

    /**
     * @param s a scalar in [0, n) (fixed length)
     * @return this writer
     */
    public ByteWriter scalar(BigInteger s) {
        out.writeBytes(group.encodeScalar(s));
        return this;
    }

    /**
     * @param scalars a count-prefixed list of scalars
     * @return this writer
     */
    public ByteWriter scalars(List<BigInteger> scalars) {
        u32(scalars.size());
        scalars.forEach(this::scalar);
        return this;
    }

    /** @return the bytes written so far */
    public byte[] toByteArray() {
        return out.toByteArray();
    }
}

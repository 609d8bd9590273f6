package dev.eet.consensus.ledger;

import dev.eet.api.consensus.NodeId;
import dev.eet.api.value.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes the canonical binary encoding every hash and signature in this module is computed over: big-endian
 * fixed-width integers, byte strings and UTF-8 strings prefixed by their length as a 4-byte int. One value has
 * exactly one encoding. Not thread-safe.
 */
public final class CanonicalWriter {
    private byte[] buf;
    private int size;

    /** Starts with a small buffer. */
    public CanonicalWriter() {
        this(128);
    }

    /** @param capacity initial capacity in bytes */
    public CanonicalWriter(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    /** @param v a byte @return this writer */
    public CanonicalWriter writeByte(int v) {
        ensure(1);
        buf[size++] = (byte) v;
        return this;
    }

    /** @param v an int, big-endian @return this writer */
    public CanonicalWriter writeInt(int v) {
        ensure(4);
        buf[size++] = (byte) (v >>> 24);
        buf[size++] = (byte) (v >>> 16);
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) v;
        return this;
    }

    /** @param v a long, big-endian @return this writer */
    public CanonicalWriter writeLong(long v) {
        writeInt((int) (v >>> 32));
        return writeInt((int) v);
    }

    /** @param b raw bytes, without a length @return this writer */
    public CanonicalWriter writeRaw(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
        return this;
    }

    /** @param b a byte string, length-prefixed @return this writer */
    public CanonicalWriter writeBytes(Bytes b) {
        return writeBytes(b.toArray());
    }

    /** @param b bytes, length-prefixed @return this writer */
    public CanonicalWriter writeBytes(byte[] b) {
        writeInt(b.length);
        return writeRaw(b);
    }

    /** @param s a string, UTF-8, length-prefixed @return this writer */
    public CanonicalWriter writeString(String s) {
        return writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** @param node a node id, as its string @return this writer */
    public CanonicalWriter writeNode(NodeId node) {
        return writeString(node.value());
    }

    /** @return the number of bytes written */
    public int size() {
        return size;
    }

    /** @return a copy of the bytes written */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }
}

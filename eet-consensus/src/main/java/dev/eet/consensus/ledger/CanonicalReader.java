package dev.eet.consensus.ledger;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.value.Bytes;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads what {@link CanonicalWriter} wrote, strictly: every length is bounds-checked and a truncated or
 * over-long input fails with an {@link InvalidArgumentException} naming the subject (e.g. {@code "block record"})
 * and the field being read. Not thread-safe.
 */
public final class CanonicalReader {
    private final byte[] buf;
    private final String subject;
    private int pos;

    /**
     * @param buf the encoded bytes (not copied)
     * @param subject what is being decoded, for error messages
     */
    public CanonicalReader(byte[] buf, String subject) {
        this.buf = buf;
        this.subject = subject;
    }

    private void need(int n, String field) {
        if (n < 0 || pos + n > buf.length) {
            throw new InvalidArgumentException(subject, field,
                    "truncated: needs " + n + " bytes at offset " + pos + ", " + (buf.length - pos) + " left");
        }
    }

    /** @param field field name for errors @return the next byte, unsigned */
    public int readByte(String field) {
        need(1, field);
        return buf[pos++] & 0xff;
    }

    /** @param field field name for errors @return the next big-endian int */
    public int readInt(String field) {
        need(4, field);
        int v = ((buf[pos] & 0xff) << 24) | ((buf[pos + 1] & 0xff) << 16) | ((buf[pos + 2] & 0xff) << 8)
                | (buf[pos + 3] & 0xff);
        pos += 4;
        return v;
    }

    /** @param field field name for errors @return the next big-endian long */
    public long readLong(String field) {
        long hi = readInt(field) & 0xffffffffL;
        long lo = readInt(field) & 0xffffffffL;
        return (hi << 32) | lo;
    }

    /** @param field field name for errors @return a length-prefixed byte array */
    public byte[] readByteArray(String field) {
        int n = readInt(field);
        if (n < 0) {
            throw new InvalidArgumentException(subject, field, "negative length " + n);
        }
        need(n, field);
        byte[] out = Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        return out;
    }

    /** @param field field name for errors @return a length-prefixed byte string */
    public Bytes readBytes(String field) {
        return Bytes.of(readByteArray(field));
    }

    /** @param field field name for errors @return a length-prefixed UTF-8 string */
    public String readString(String field) {
        byte[] b = readByteArray(field);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidArgumentException(subject, field, "is not valid UTF-8");
        }
    }

    /** @param field field name for errors @return a node id */
    public NodeId readNode(String field) {
        String s = readString(field);
        if (s.isBlank()) {
            throw new InvalidArgumentException(subject, field, "node id must not be blank");
        }
        return NodeId.of(s);
    }

    /**
     * @param field field name for errors
     * @param max the largest acceptable count
     * @return a non-negative count not above {@code max}
     */
    public int readCount(String field, int max) {
        int n = readInt(field);
        if (n < 0 || n > max) {
            throw new InvalidArgumentException(subject, field, "count " + n + " is outside [0, " + max + "]");
        }
        return n;
    }

    /** @return what is being decoded, as named in error messages */
    public String subject() {
        return subject;
    }

    /** @return whether every byte was consumed */
    public boolean atEnd() {
        return pos == buf.length;
    }

    /** @throws InvalidArgumentException if bytes are left over */
    public void expectEnd() {
        if (pos != buf.length) {
            throw new InvalidArgumentException(subject, "length", (buf.length - pos) + " trailing bytes");
        }
    }
}

package dev.eet.privacy.paillier;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.value.Bytes;
import java.math.BigInteger;
import java.util.Arrays;

/** The versioned byte format shared by keys and ciphertexts: version byte, kind byte, then the fields. */
final class PaillierFormat {
    static final byte VERSION = 0x01;
    static final int KEY_ID_BYTES = 8;
    /** Upper bound on any encoded integer (a 16384-bit modulus), so malformed lengths cannot allocate wildly. */
    static final int MAX_MAGNITUDE_BYTES = 2048;

    private PaillierFormat() {
    }

    /** @return the minimal unsigned big-endian magnitude of a positive integer */
    static byte[] unsigned(BigInteger v) {
        byte[] b = v.toByteArray();
        return b[0] == 0 && b.length > 1 ? Arrays.copyOfRange(b, 1, b.length) : b;
    }

    /** @return v as exactly {@code width} unsigned big-endian bytes */
    static byte[] fixedWidth(BigInteger v, int width) {
        byte[] mag = unsigned(v);
        if (mag.length > width) {
            throw new IllegalStateException("value wider than " + width + " bytes");
        }
        byte[] out = new byte[width];
        System.arraycopy(mag, 0, out, width - mag.length, mag.length);
        return out;
    }

    /** Reads one encoding, failing with an {@link InvalidArgumentException} that names the field. */
    static final class Reader {
        private final String subject;
        private final byte[] data;
        private int pos;

        Reader(String subject, Bytes encoded) {
            this.subject = subject;
            if (encoded == null) {
                throw new InvalidArgumentException(subject, "encoding", "is missing");
            }
            this.data = encoded.toArray();
        }

        void header(byte kind) {
            int version = u8("version");
            if (version != VERSION) {
                throw new InvalidArgumentException(subject, "version", "unknown format version " + version
                        + " (supported: " + VERSION + ")");
            }
            int k = u8("kind");
            if (k != kind) {
                throw new InvalidArgumentException(subject, "kind", "expected " + kind + ", was " + k);
            }
        }

        int u8(String field) {
            need(1, field);
            return data[pos++] & 0xff;
        }

        byte[] bytes(int length, String field) {
            need(length, field);
            byte[] out = Arrays.copyOfRange(data, pos, pos + length);
            pos += length;
            return out;
        }

        BigInteger magnitude(String field) {
            need(4, field + " length");
            int len = ((data[pos] & 0xff) << 24) | ((data[pos + 1] & 0xff) << 16) | ((data[pos + 2] & 0xff) << 8)
                    | (data[pos + 3] & 0xff);
            pos += 4;
            if (len <= 0 || len > MAX_MAGNITUDE_BYTES) {
                throw new InvalidArgumentException(subject, field, "length " + len + " out of range 1.."
                        + MAX_MAGNITUDE_BYTES);
            }
            byte[] mag = bytes(len, field);
            if (mag[0] == 0) {
                throw new InvalidArgumentException(subject, field, "non-canonical leading zero byte");
            }
            return new BigInteger(1, mag);
        }

        void end() {
            if (pos != data.length) {
                throw new InvalidArgumentException(subject, "encoding", (data.length - pos) + " trailing bytes");
            }
        }

        private void need(int n, String field) {
            if (data.length - pos < n) {
                throw new InvalidArgumentException(subject, field, "truncated encoding (" + data.length + " bytes)");
            }
        }
    }
}

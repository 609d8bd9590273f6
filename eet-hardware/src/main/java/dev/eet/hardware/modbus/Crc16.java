package dev.eet.hardware.modbus;

/**
 * CRC-16/MODBUS: polynomial 0x8005 reflected (0xA001), initial value 0xFFFF, no final XOR. The check value of the
 * ASCII bytes {@code "123456789"} is 0x4B37. On the wire the CRC follows the frame low byte first, so the request
 * {@code 01 03 00 00 00 0A} becomes {@code 01 03 00 00 00 0A C5 CD}.
 */
public final class Crc16 {
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
            TABLE[i] = crc;
        }
    }

    private Crc16() {
    }

    /**
     * @param data bytes
     * @param offset first byte
     * @param length number of bytes
     * @return the CRC as an unsigned 16-bit value
     */
    public static int compute(byte[] data, int offset, int length) {
        int crc = 0xFFFF;
        for (int i = offset; i < offset + length; i++) {
            crc = (crc >>> 8) ^ TABLE[(crc ^ data[i]) & 0xFF];
        }
        return crc;
    }

    /**
     * @param data bytes
     * @return the CRC of every byte
     */
    public static int compute(byte[] data) {
        return compute(data, 0, data.length);
    }

    /**
     * @param body a frame without CRC
     * @return a new array: the body followed by its CRC, low byte first
     */
    public static byte[] append(byte[] body) {
        byte[] frame = java.util.Arrays.copyOf(body, body.length + 2);
        int crc = compute(body);
        frame[body.length] = (byte) crc;
        frame[body.length + 1] = (byte) (crc >>> 8);
        return frame;
    }

    /**
     * @param frame bytes whose last two are a CRC, low byte first
     * @param length the frame length within the array (at least 3)
     * @return whether the CRC matches
     */
    public static boolean check(byte[] frame, int length) {
        if (length < 3) {
            return false;
        }
        int crc = compute(frame, 0, length - 2);
        return (frame[length - 2] & 0xFF) == (crc & 0xFF) && (frame[length - 1] & 0xFF) == (crc >>> 8);
    }
}

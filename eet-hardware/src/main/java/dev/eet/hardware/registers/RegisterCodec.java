package dev.eet.hardware.registers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Converts between register values and exact canonical values. Integers are exact ({@code raw * scale}); an f32
 * is converted through the shortest decimal string that identifies the float ({@link Float#toString(float)}), so
 * {@code 230.1f} becomes exactly {@code 230.1}, not {@code 230.100006103515625}. Energy and power built from the
 * result round HALF_EVEN to 6 decimals (1 mWh, 1 mW) as every EET value does.
 */
public final class RegisterCodec {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private RegisterCodec() {
    }

    /**
     * @param point the register point
     * @param wire the registers as read, in wire order ({@code point.type().registers()} of them)
     * @return the value in the quantity's canonical unit, exact
     * @throws ArithmeticException if an f32 is NaN or infinite
     */
    public static BigDecimal decode(RegisterPoint point, int[] wire) {
        return raw(point.type(), point.order(), wire).multiply(point.canonicalFactor());
    }

    /**
     * @param type the data type
     * @param order the word order (ignored for 16-bit types)
     * @param wire registers in wire order
     * @return the raw value, before scaling
     */
    public static BigDecimal raw(DataType type, WordOrder order, int[] wire) {
        if (wire.length != type.registers()) {
            throw new IllegalArgumentException(type + " needs " + type.registers() + " registers, got " + wire.length);
        }
        int[] be = type.registers() == 1 ? wire : order.toBigEndian(wire);
        long bits = 0;
        for (int r : be) {
            bits = (bits << 16) | (r & 0xFFFF);
        }
        switch (type) {
            case U16:
            case U32:
                return BigDecimal.valueOf(bits);
            case S16:
                return BigDecimal.valueOf((short) bits);
            case S32:
                return BigDecimal.valueOf((int) bits);
            case U64:
                return bits >= 0 ? BigDecimal.valueOf(bits)
                        : new BigDecimal(BigInteger.valueOf(bits).add(TWO_64));
            case F32:
                float f = Float.intBitsToFloat((int) bits);
                if (!Float.isFinite(f)) {
                    throw new ArithmeticException("register value is not a finite float: " + f);
                }
                return new BigDecimal(Float.toString(f));
            default:
                throw new IllegalStateException(type.name());
        }
    }

    /**
     * The inverse of {@link #decode}, for device simulators: integers round HALF_EVEN to the register's
     * resolution, floats to the nearest f32.
     *
     * @param point the register point
     * @param canonical the value in the canonical unit
     * @return the registers in wire order
     * @throws IllegalArgumentException if the value does not fit the type (e.g. negative in an unsigned register)
     */
    public static int[] encode(RegisterPoint point, BigDecimal canonical) {
        BigDecimal raw = canonical.divide(point.canonicalFactor(), MathContext.DECIMAL128);
        DataType type = point.type();
        long bits;
        if (type == DataType.F32) {
            bits = Float.floatToIntBits(raw.floatValue()) & 0xFFFF_FFFFL;
        } else {
            BigInteger whole = raw.setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
            BigInteger min = switch (type) {
                case S16 -> BigInteger.valueOf(Short.MIN_VALUE);
                case S32 -> BigInteger.valueOf(Integer.MIN_VALUE);
                default -> BigInteger.ZERO;
            };
            BigInteger max = switch (type) {
                case U16 -> BigInteger.valueOf(0xFFFF);
                case S16 -> BigInteger.valueOf(Short.MAX_VALUE);
                case U32 -> BigInteger.valueOf(0xFFFF_FFFFL);
                case S32 -> BigInteger.valueOf(Integer.MAX_VALUE);
                default -> TWO_64.subtract(BigInteger.ONE);
            };
            if (whole.compareTo(min) < 0 || whole.compareTo(max) > 0) {
                throw new IllegalArgumentException(point.quantity().key() + ": " + canonical + " "
                        + point.quantity().canonicalUnit() + " does not fit " + type + " at scale " + point.scale()
                        + " " + point.unit());
            }
            bits = whole.longValue();
        }
        int n = type.registers();
        int[] be = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            be[i] = (int) (bits & 0xFFFF);
            bits >>>= 16;
        }
        return n == 1 ? be : point.order().toBigEndian(be);
    }
}

package dev.eet.hardware.pipeline;

import dev.eet.api.model.MeterReading;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The canonical bytes of a {@link MeterReading} that a node signs: a domain tag, then device id, timestamp
 * (epoch seconds + nanos), counters (micro-kWh), power (micro-kW), voltage and current as their shortest plain
 * decimal strings (trailing zeros stripped, so 230.0 and 230 sign alike), and the quality name.
 */
public final class ReadingCodec {
    private ReadingCodec() {
    }

    /**
     * @param r the reading
     * @return its canonical encoding
     */
    public static byte[] canonicalBytes(MeterReading r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF("eet-meter-reading-v1");
            out.writeUTF(r.deviceId());
            out.writeLong(r.timestamp().getEpochSecond());
            out.writeInt(r.timestamp().getNano());
            out.writeLong(r.importEnergy().microKwh());
            out.writeLong(r.exportEnergy().microKwh());
            out.writeLong(r.activePower().microKw());
            out.writeUTF(r.voltage().stripTrailingZeros().toPlainString());
            out.writeUTF(r.current().stripTrailingZeros().toPlainString());
            out.writeUTF(r.quality().name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

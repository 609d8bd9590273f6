package dev.eet.hardware.modbus;

import dev.eet.api.hardware.MeterException;
import dev.eet.api.hardware.SerialLink;
import dev.eet.api.value.Bytes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A recorded device: answers each known request frame with its recorded response frame (hex), ignores others. */
final class RecordedDevice implements AutoCloseable {
    private final SerialLink link;
    private final Map<String, String> responses = new LinkedHashMap<>();
    private final List<String> seen = new ArrayList<>();
    private final Thread thread;

    RecordedDevice(SerialLink link) {
        this.link = link;
        this.thread = new Thread(this::run, "recorded device");
        thread.setDaemon(true);
        thread.start();
    }

    synchronized RecordedDevice on(String requestHex, String responseHex) {
        responses.put(requestHex.replace(" ", "").toLowerCase(), responseHex.replace(" ", "").toLowerCase());
        return this;
    }

    synchronized List<String> seen() {
        return List.copyOf(seen);
    }

    private void run() {
        byte[] buf = new byte[512];
        int len = 0;
        while (link.isOpen()) {
            try {
                int n = link.read(buf, len, buf.length - len, Duration.ofMillis(20));
                if (n == 0) {
                    len = 0;
                    continue;
                }
                len += n;
                String hex = Bytes.of(java.util.Arrays.copyOf(buf, len)).toHex();
                String response;
                synchronized (this) {
                    response = responses.get(hex);
                    if (response != null) {
                        seen.add(hex);
                    }
                }
                if (response != null) {
                    len = 0;
                    link.write(HexFormat.of().parseHex(response));
                }
            } catch (MeterException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        link.close();
    }
}

package dev.eet.hardware.driver;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real pseudo-terminal pair made by {@code socat -d -d pty,raw,echo=0 pty,raw,echo=0}. */
final class SocatPtyPair implements AutoCloseable {
    private static final Pattern PTY = Pattern.compile("PTY is (\\S+)");
    private final Process process;
    private final String first;
    private final String second;

    private SocatPtyPair(Process process, String first, String second) {
        this.process = process;
        this.first = first;
        this.second = second;
    }

    /** @return the socat executable on the PATH, if any */
    static Optional<String> socat() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            File f = new File(dir, "socat");
            if (f.canExecute()) {
                return Optional.of(f.getPath());
            }
        }
        return Optional.empty();
    }

    static SocatPtyPair start(String socat) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(socat, "-d", "-d", "pty,raw,echo=0", "pty,raw,echo=0")
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> ptys = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        StringBuilder log = new StringBuilder();
        while (ptys.size() < 2 && System.nanoTime() < deadline) {
            String line = out.readLine();
            if (line == null) {
                break;
            }
            log.append(line).append('\n');
            Matcher m = PTY.matcher(line);
            if (m.find()) {
                ptys.add(m.group(1));
            }
        }
        if (ptys.size() < 2) {
            p.destroyForcibly();
            throw new IOException("socat did not report two ptys:\n" + log);
        }
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep socat's pipe from filling up
                }
            } catch (IOException e) {
                // socat ended
            }
        }, "socat output");
        drain.setDaemon(true);
        drain.start();
        return new SocatPtyPair(p, ptys.get(0), ptys.get(1));
    }

    String first() {
        return first;
    }

    String second() {
        return second;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}

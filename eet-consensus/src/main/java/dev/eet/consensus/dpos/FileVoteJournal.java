package dev.eet.consensus.dpos;

import dev.eet.api.value.Bytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link VoteJournal} in an append-only file: one fixed-size record per vote (height, round, 32-byte hash),
 * forced to disk before the vote is sent. A torn last record (a crash mid-write) is ignored on open; that vote was
 * never sent.
 */
public final class FileVoteJournal implements VoteJournal {
    private static final int HASH = 32;
    private static final int RECORD = Long.BYTES * 2 + HASH;
    private final FileChannel channel;
    private final Map<Long, Map<Long, Bytes>> votes = new HashMap<>();

    private FileVoteJournal(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Opens (or creates) a journal and reads its votes.
     *
     * @param file the file
     * @return the journal
     * @throws UncheckedIOException naming the file when it cannot be read or written
     */
    public static FileVoteJournal open(Path file) {
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileVoteJournal j = new FileVoteJournal(ch);
            long whole = ch.size() / RECORD * RECORD;
            ByteBuffer buf = ByteBuffer.allocate(RECORD);
            for (long pos = 0; pos < whole; pos += RECORD) {
                buf.clear();
                while (buf.hasRemaining() && ch.read(buf, pos + buf.position()) > 0) {
                    // read the whole record
                }
                buf.flip();
                long height = buf.getLong();
                long round = buf.getLong();
                byte[] hash = new byte[HASH];
                buf.get(hash);
                j.votes.computeIfAbsent(height, h -> new HashMap<>()).putIfAbsent(round, Bytes.of(hash));
            }
            ch.truncate(whole);
            ch.position(whole);
            return j;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot open the vote journal", e);
        }
    }

    @Override
    public synchronized Optional<Bytes> voted(long height, long round) {
        return Optional.ofNullable(votes.getOrDefault(height, Map.of()).get(round));
    }

    @Override
    public synchronized void record(long height, long round, Bytes blockHash) {
        if (blockHash.length() != HASH) {
            throw new IllegalArgumentException("vote journal: block hash must be 32 bytes, was " + blockHash.length());
        }
        if (votes.getOrDefault(height, Map.of()).containsKey(round)) {
            return;
        }
        ByteBuffer buf = ByteBuffer.allocate(RECORD).putLong(height).putLong(round).put(blockHash.toArray());
        buf.flip();
        try {
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("vote journal: cannot write", e);
        }
        votes.computeIfAbsent(height, h -> new HashMap<>()).put(round, blockHash);
    }

    @Override
    public synchronized void prune(long committedHeight) {
        votes.keySet().removeIf(h -> h <= committedHeight);
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("vote journal: cannot close", e);
        }
    }
}

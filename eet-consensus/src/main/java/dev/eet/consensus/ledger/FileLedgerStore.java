package dev.eet.consensus.ledger;

import dev.eet.api.EetException;
import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.Block;
import dev.eet.api.consensus.LedgerStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Append-only, crash-safe file {@link LedgerStore}.
 *
 * <p>File format: the 8-byte magic {@code EETLDG01}, then one record per block:
 * {@code [u32 length][u32 CRC32C(length || payload)][payload = LedgerCodec block encoding]}. Each append writes one
 * record and calls {@link FileChannel#force(boolean) force(true)} before returning, so a returned append is durable.
 *
 * <p>On open the whole file is read and the chain re-verified hash by hash (height sequence, previous-hash links,
 * Merkle roots, transaction ids; plus signatures and certificates when a {@link BlockVerifier} is given):
 * <ul>
 *   <li>an incomplete last record (a crash during append: fewer bytes than its header announces) is a
 *       <em>torn tail</em>: it is truncated away (logged) and the store opens at the last complete block;</li>
 *   <li>a complete record whose checksum or decoding fails, or a block that fails verification, is
 *       <em>tampering</em>: {@link LedgerTamperedException} naming the offset or height, and nothing is changed.</li>
 * </ul>
 * A flipped bit that enlarges the length field of the very last record looks like a torn tail; that record is
 * then truncated rather than reported (documented limitation of length-prefixed logs). Thread-safe.
 */
public final class FileLedgerStore extends ChainStore {
    private static final Logger LOG = LoggerFactory.getLogger(FileLedgerStore.class);
    static final byte[] MAGIC = "EETLDG01".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 8;
    /** Largest record accepted (256 MiB). */
    public static final int MAX_RECORD = 256 << 20;

    private final Path file;
    private final FileChannel channel;
    private long[] offsets = new long[64];
    private long end;
    private long truncatedBytes;
    private boolean closed;

    private FileLedgerStore(Path file, FileChannel channel, Optional<BlockVerifier> verifier) {
        super(new ChainHead("file ledger " + file.getFileName(), verifier));
        this.file = file;
        this.channel = channel;
    }

    /**
     * Opens (or creates) a store and verifies the whole chain.
     *
     * @param file the ledger file
     * @param verifier optional full verifier (signatures and certificates) for existing and appended blocks
     * @return the open store
     * @throws LedgerTamperedException if a stored record or block fails verification
     * @throws UncheckedIOException on I/O failure
     */
    public static FileLedgerStore open(Path file, Optional<BlockVerifier> verifier) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLedgerStore s = new FileLedgerStore(file, ch, verifier);
            try {
                s.load();
            } catch (RuntimeException | IOException e) {
                ch.close();
                throw e;
            }
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("ledger " + file + ": cannot open", e);
        }
    }

    /**
     * @param file the ledger file
     * @return the open store, checking structure only
     */
    public static FileLedgerStore open(Path file) {
        return open(file, Optional.empty());
    }

    private void load() throws IOException {
        long size = channel.size();
        if (size < MAGIC.length) {
            if (size > 0) {
                LOG.warn("ledger {}: torn header of {} bytes rewritten", file, size);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(MAGIC), 0);
            channel.force(true);
            end = MAGIC.length;
            return;
        }
        byte[] magic = readFully(0, MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new LedgerTamperedException(file + " offset 0", "not an EET ledger file (bad magic)", null);
        }
        long pos = MAGIC.length;
        while (pos < size) {
            if (size - pos < HEADER) {
                truncateTail(pos, size);
                return;
            }
            ByteBuffer hdr = ByteBuffer.wrap(readFully(pos, HEADER));
            int length = hdr.getInt();
            int crc = hdr.getInt();
            if (length < 0 || length > MAX_RECORD) {
                throw new LedgerTamperedException(file + " offset " + pos, "record length " + length
                        + " is outside [0, " + MAX_RECORD + "]", null);
            }
            if (size - pos - HEADER < length) {
                truncateTail(pos, size);
                return;
            }
            byte[] payload = readFully(pos + HEADER, length);
            if (checksum(length, payload) != crc) {
                throw new LedgerTamperedException(file + " offset " + pos, "record checksum (CRC32C) mismatch", null);
            }
            Block block;
            try {
                block = LedgerCodec.decodeBlock(payload, "ledger record at offset " + pos);
            } catch (InvalidArgumentException e) {
                throw new LedgerTamperedException(file + " offset " + pos, e.getMessage(), e);
            }
            try {
                head.checkExtends(block);
            } catch (InvalidArgumentException e) {
                throw new LedgerTamperedException(file + " block " + block.height(), e.problem(), e);
            }
            index(block.height(), pos);
            head.advance(block);
            pos += HEADER + length;
        }
        end = pos;
    }

    private void truncateTail(long pos, long size) throws IOException {
        LOG.warn("ledger {}: torn tail of {} bytes at offset {} truncated", file, size - pos, pos);
        truncatedBytes = size - pos;
        channel.truncate(pos);
        channel.force(true);
        end = pos;
    }

    private void index(long height, long offset) {
        if (height >= offsets.length) {
            offsets = Arrays.copyOf(offsets, (int) Math.max(offsets.length * 2L, height + 1));
        }
        offsets[(int) height] = offset;
    }

    private static int checksum(int length, byte[] payload) {
        CRC32C c = new CRC32C();
        c.update(ByteBuffer.allocate(4).putInt(length).array());
        c.update(payload);
        return (int) c.getValue();
    }

    private byte[] readFully(long pos, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining()) {
            int r = channel.read(b, pos + b.position());
            if (r < 0) {
                throw new IOException("unexpected end of file at " + (pos + b.position()));
            }
        }
        return b.array();
    }

    /** @return the bytes of a torn tail removed when this store was opened (0 if none) */
    public long truncatedBytes() {
        return truncatedBytes;
    }

    /** @return the ledger file */
    public Path file() {
        return file;
    }

    @Override
    void checkWritable() {
        ensureOpen();
    }

    @Override
    void write(Block block) {
        byte[] payload = LedgerCodec.encode(block);
        ByteBuffer rec = ByteBuffer.allocate(HEADER + payload.length);
        rec.putInt(payload.length).putInt(checksum(payload.length, payload)).put(payload).flip();
        try {
            long pos = end;
            while (rec.hasRemaining()) {
                channel.write(rec, pos + rec.position());
            }
            channel.force(true);
            index(block.height(), pos);
            end = pos + HEADER + payload.length;
        } catch (IOException e) {
            throw new UncheckedIOException("ledger " + file + ": append of block " + block.height() + " failed", e);
        }
    }

    @Override
    public synchronized Optional<Block> block(long height) {
        ensureOpen();
        if (height < 0 || height > head.height()) {
            return Optional.empty();
        }
        long pos = offsets[(int) height];
        try {
            int length = ByteBuffer.wrap(readFully(pos, 4)).getInt();
            return Optional.of(LedgerCodec.decodeBlock(readFully(pos + HEADER, length), "ledger record " + height));
        } catch (IOException e) {
            throw new UncheckedIOException("ledger " + file + ": read of block " + height + " failed", e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new EetException("ledger " + file + " is closed");
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("ledger " + file + ": close failed", e);
        }
    }
}

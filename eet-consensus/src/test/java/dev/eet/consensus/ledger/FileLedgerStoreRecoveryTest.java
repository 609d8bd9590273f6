package dev.eet.consensus.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.consensus.Block;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLedgerStoreRecoveryTest {
    @TempDir
    Path dir;

    private Path file;
    private List<Block> chain;
    private long[] ends;

    private void writeChain(int n) {
        file = dir.resolve("ledger.dat");
        chain = TestChains.chain(n);
        ends = new long[n];
        try (FileLedgerStore s = FileLedgerStore.open(file, Optional.of(TestChains.verifier()))) {
            for (int i = 0; i < n; i++) {
                s.append(chain.get(i));
                ends[i] = fileSize();
            }
        }
    }

    private long fileSize() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private FileLedgerStore reopen() {
        return FileLedgerStore.open(file, Optional.of(TestChains.verifier()));
    }

    @Test
    void truncatedMidRecordRecoversToTheLastCompleteBlock() throws IOException {
        writeChain(5);
        long cut = ends[3] + (ends[4] - ends[3]) / 2;        // half of block 4's record
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(cut);
        }
        try (FileLedgerStore s = reopen()) {
            assertEquals(3, s.height(), "recovered head");
            assertEquals(cut - ends[3], s.truncatedBytes());
            assertEquals(ends[3], fileSize(), "the torn tail is truncated away");
            for (int i = 0; i <= 3; i++) {
                assertEquals(Optional.of(chain.get(i)), s.block(i));
            }
            s.append(chain.get(4));                          // the chain continues from the recovered head
        }
        try (FileLedgerStore s = reopen()) {
            assertEquals(4, s.height());
            assertEquals(Optional.of(chain.get(4)), s.block(4));
        }
    }

    @Test
    void tornRecordHeaderIsAlsoRecovered() throws IOException {
        writeChain(3);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(ends[1] + 5);                        // 5 of the 8 header bytes of block 2
        }
        try (FileLedgerStore s = reopen()) {
            assertEquals(1, s.height());
        }
    }

    @Test
    void flippedByteIsDetectedAndTheFileLeftUntouched() throws IOException {
        writeChain(5);
        long size = fileSize();
        long pos = ends[1] + 40;                              // inside block 2's payload
        flip(pos);
        byte[] before = Files.readAllBytes(file);
        LedgerTamperedException e = assertThrows(LedgerTamperedException.class, this::reopen);
        assertTrue(e.location().contains("offset " + ends[1]), e.getMessage());
        assertTrue(e.getMessage().contains("CRC32C"), e.getMessage());
        assertEquals(size, fileSize(), "nothing truncated");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "nothing rewritten");
    }

    @Test
    void flippedByteInTheLastCompleteRecordIsDetectedNotTruncated() throws IOException {
        writeChain(4);
        flip(ends[3] - 3);
        assertThrows(LedgerTamperedException.class, this::reopen);
    }

    @Test
    void tamperingWithARecomputedChecksumIsCaughtByTheHashChain() throws IOException {
        writeChain(4);
        // Rewrite block 1 with another transaction list but a valid checksum: the Merkle root no longer matches.
        Block b1 = chain.get(1);
        Block forged = new Block(b1.header(), List.of(TestChains.tx(9)), b1.certificate());
        byte[] payload = LedgerCodec.encode(forged);
        byte[] original = LedgerCodec.encode(b1);
        assertEquals(original.length, payload.length, "same-size forgery keeps later offsets valid");
        CRC32C crc = new CRC32C();
        crc.update(ByteBuffer.allocate(4).putInt(payload.length).array());
        crc.update(payload);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.allocate(8 + payload.length).putInt(payload.length).putInt((int) crc.getValue())
                    .put(payload).flip(), ends[0]);
        }
        LedgerTamperedException e = assertThrows(LedgerTamperedException.class, this::reopen);
        assertTrue(e.location().endsWith("block 1"), e.getMessage());
        assertTrue(e.getMessage().contains("Merkle root"), e.getMessage());
    }

    @Test
    void notALedgerFileIsRefused() throws IOException {
        file = dir.resolve("other.dat");
        Files.write(file, "hello, world, not a ledger".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThrows(LedgerTamperedException.class, () -> FileLedgerStore.open(file));
    }

    private void flip(long pos) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            ch.read(one, pos);
            one.put(0, (byte) (one.get(0) ^ 0x20)).rewind();
            ch.write(one, pos);
        }
    }
}

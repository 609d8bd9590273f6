package dev.eet.consensus.dpos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.value.Bytes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DPoS vote journal keeps a node's votes across a restart and survives a torn last record. */
class FileVoteJournalTest {
    @TempDir
    Path dir;

    private static Bytes hash(int b) {
        byte[] h = new byte[32];
        Arrays.fill(h, (byte) b);
        return Bytes.of(h);
    }

    @Test
    void votesSurviveAReopenAndTheFirstVoteOfARoundStays() {
        Path f = dir.resolve("l.votes");
        try (FileVoteJournal j = FileVoteJournal.open(f)) {
            j.record(8, 0, hash(1));
            j.record(8, 0, hash(2));                                   // a second vote in one round is not kept
            j.record(8, 1, hash(3));
        }
        try (FileVoteJournal j = FileVoteJournal.open(f)) {
            assertEquals(Optional.of(hash(1)), j.voted(8, 0));
            assertEquals(Optional.of(hash(3)), j.voted(8, 1));
            assertEquals(Optional.empty(), j.voted(9, 0));
            j.prune(8);
            assertEquals(Optional.empty(), j.voted(8, 0));
        }
    }

    @Test
    void aTornLastRecordIsIgnored() throws Exception {
        Path f = dir.resolve("t.votes");
        try (FileVoteJournal j = FileVoteJournal.open(f)) {
            j.record(3, 0, hash(7));
        }
        Files.write(f, new byte[] {1, 2, 3}, StandardOpenOption.APPEND);     // crash mid-write
        try (FileVoteJournal j = FileVoteJournal.open(f)) {
            assertEquals(Optional.of(hash(7)), j.voted(3, 0));
            j.record(4, 0, hash(8));
        }
        try (FileVoteJournal j = FileVoteJournal.open(f)) {
            assertEquals(Optional.of(hash(8)), j.voted(4, 0));
            assertTrue(Files.size(f) % 48 == 0, "whole records only");
        }
    }

    @Test
    void aHashOfTheWrongSizeIsRejected() {
        try (FileVoteJournal j = FileVoteJournal.open(dir.resolve("x.votes"))) {
            assertThrows(IllegalArgumentException.class, () -> j.record(1, 0, Bytes.of(new byte[] {1})));
        }
    }
}

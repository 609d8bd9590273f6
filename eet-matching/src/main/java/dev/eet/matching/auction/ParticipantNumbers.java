package dev.eet.matching.auction;

import dev.eet.api.model.ParticipantId;
import java.util.Arrays;

/**
 * Dense participant numbers for an {@link AuctionBook}: the first participant seen is 0, the next new one 1, and so
 * on; equal ids get equal numbers. An open-addressing table (no object per order), and the first instance seen of
 * each id, so results can name participants by number without touching the orders again.
 */
final class ParticipantNumbers {
    private int[] slots = new int[64];  // number + 1 of the participant hashing here; 0 = free
    private int[] hashes = new int[64];
    private int shift = Integer.numberOfLeadingZeros(63);
    private ParticipantId[] participants = new ParticipantId[16];
    private int count;

    /**
     * @param id a participant
     * @return its number, a new one if it was not seen before
     */
    int number(ParticipantId id) {
        int h = id.hashCode();
        int mask = slots.length - 1;
        int s = (h * 0x9E3779B9) >>> shift;
        while (true) {
            int at = slots[s];
            if (at == 0) {
                break;
            }
            if (hashes[s] == h && participants[at - 1].equals(id)) {
                return at - 1;
            }
            s = (s + 1) & mask;
        }
        int number = count++;
        if (number == participants.length) {
            participants = Arrays.copyOf(participants, number * 2);
        }
        participants[number] = id;
        slots[s] = number + 1;
        hashes[s] = h;
        if (count * 2 > slots.length) {
            grow();
        }
        return number;
    }

    /**
     * @param number a number handed out by {@link #number(ParticipantId)}
     * @return the participant (the first instance seen)
     */
    ParticipantId participant(int number) {
        return participants[number];
    }

    private void grow() {
        int capacity = slots.length * 2;
        int mask = capacity - 1;
        shift = Integer.numberOfLeadingZeros(mask);
        int[] newSlots = new int[capacity];
        int[] newHashes = new int[capacity];
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != 0) {
                int s = (hashes[i] * 0x9E3779B9) >>> shift;
                while (newSlots[s] != 0) {
                    s = (s + 1) & mask;
                }
                newSlots[s] = slots[i];
                newHashes[s] = hashes[i];
            }
        }
        slots = newSlots;
        hashes = newHashes;
    }
}

package dev.eet.privacy.workflow;

import java.util.Map;
import java.util.Optional;

/**
 * The small ledger interface the workflow verifier needs: look records up, see which record used another (and
 * how), and append a verified record together with the uses it makes, atomically. A node backs it with its chain;
 * {@link InMemoryRecordLedger} is the reference.
 */
public interface RecordLedger {

    /**
     * @param id a record id
     * @return the record, if on the ledger
     */
    Optional<PrivacyRecord> find(RecordId id);

    /**
     * @param id a record id
     * @param use a kind of use
     * @return the record that used it that way, if any
     */
    Optional<RecordId> usedBy(RecordId id, Use use);

    /**
     * Appends a record and marks its uses, all or nothing.
     *
     * @param record the verified record
     * @param uses the records it uses, and how
     * @throws IllegalStateException if the record is already present or a use is already taken
     */
    void append(PrivacyRecord record, Map<RecordId, Use> uses);
}

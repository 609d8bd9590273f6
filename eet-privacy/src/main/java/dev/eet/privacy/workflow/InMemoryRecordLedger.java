package dev.eet.privacy.workflow;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Thread-safe in-memory {@link RecordLedger}, in append order. */
public final class InMemoryRecordLedger implements RecordLedger {
    private record UseKey(RecordId id, Use use) {
    }

    private final Map<RecordId, PrivacyRecord> records = new LinkedHashMap<>();
    private final Map<UseKey, RecordId> uses = new HashMap<>();

    @Override
    public synchronized Optional<PrivacyRecord> find(RecordId id) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public synchronized Optional<RecordId> usedBy(RecordId id, Use use) {
        return Optional.ofNullable(uses.get(new UseKey(id, use)));
    }

    @Override
    public synchronized void append(PrivacyRecord record, Map<RecordId, Use> newUses) {
        RecordId id = record.id();
        if (records.containsKey(id)) {
            throw new IllegalStateException("record " + id + " is already on the ledger");
        }
        for (Map.Entry<RecordId, Use> e : newUses.entrySet()) {
            if (uses.containsKey(new UseKey(e.getKey(), e.getValue()))) {
                throw new IllegalStateException("record " + e.getKey() + " already has use " + e.getValue());
            }
        }
        records.put(id, record);
        newUses.forEach((k, u) -> uses.put(new UseKey(k, u), id));
    }

    /** @return every record, in append order */
    public synchronized List<PrivacyRecord> records() {
        return List.copyOf(records.values());
    }
}

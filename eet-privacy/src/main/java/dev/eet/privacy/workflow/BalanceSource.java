package dev.eet.privacy.workflow;

import dev.eet.privacy.commit.PedersenCommitment;

/** A record that holds a committed balance a buy plan or a balance update can draw on. */
public sealed interface BalanceSource permits BalanceRecord, BalanceUpdateRecord {
    /** @return the commitment to the balance (units of 10^-12 currency) */
    PedersenCommitment balance();
}

/**
 * The double-entry ledger (settlement.md section 6): externally owned and contract accounts, exact balances,
 * credit limits, all-or-nothing batches, explicit minting, and an append-only entry log from which
 * {@link dev.eet.settlement.ledger.Ledger#replay(java.util.List)} re-derives every balance.
 */
package dev.eet.settlement.ledger;

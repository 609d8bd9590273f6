/**
 * EET settlement: turns agreed trades plus metered reality into money movements, penalties and reputation
 * changes, recorded so that every balance can be re-derived (settlement.md). Sub-packages:
 * {@code ledger} (double-entry accounts), {@code async} (asynchronous settlement against a price/priority
 * matrix), {@code compensation} (forecast deviations), {@code deviation} (deviation-tolerance settlement, generic
 * over the value algebra so it runs on ciphertexts), {@code reputation} (credit and reputation rules and log),
 * {@code reward} (token rewards with halving) and {@code trade} (settlement of matcher output).
 */
package dev.eet.settlement;

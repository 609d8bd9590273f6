/**
 * {@code eet settle} input and output (node.md): {@link dev.eet.examples.settle.SettleInput} parses and checks
 * the JSON, {@link dev.eet.examples.settle.SettleOutput} renders the records and balances.
 */
package dev.eet.examples.settle;

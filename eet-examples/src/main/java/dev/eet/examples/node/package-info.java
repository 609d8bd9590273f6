/**
 * The reference node (node.md section 1): a consensus member that turns orders, period closes, match results,
 * meter uploads and settlements into signed ledger transactions and derives all of its state (orders, trades,
 * accounts, reputation) from the committed chain. {@link dev.eet.examples.node.ExchangeNode} is one node,
 * {@link dev.eet.examples.node.LocalNetwork} starts several in one process on 127.0.0.1,
 * {@link dev.eet.examples.node.NodeConfig} is the JSON configuration and {@link dev.eet.examples.node.NetworkInit}
 * writes the configurations of a local network.
 */
package dev.eet.examples.node;

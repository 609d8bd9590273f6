/**
 * {@code eet elect}: reads an election description (policy, node attributes, votes, rounds, seed), runs the
 * rounds through the registered {@link dev.eet.api.consensus.ElectionPolicy} and summarises the selections.
 */
package dev.eet.examples.elect;

/**
 * The DAG ledger of consensus.md section 7 [FDPoS]: every transaction is a {@link dev.eet.consensus.dag.DagVertex}
 * that approves earlier tips by hash, written one transaction at a time; delegates elected by the {@code fdpos}
 * policy confirm vertices with signed {@link dev.eet.consensus.dag.Confirmation}s; {@link
 * dev.eet.consensus.dag.DagLedger} holds the graph and applies the confirmation and conflict rules; {@link
 * dev.eet.consensus.dag.DagNode} runs it over {@code Transport} + {@code Scheduler}; {@link
 * dev.eet.consensus.dag.DagCluster}, {@link dev.eet.consensus.dag.DagSafetyMonitor} and {@link
 * dev.eet.consensus.dag.DagHarness} put it under faults on the simulated network; {@link
 * dev.eet.consensus.dag.DelegateRewards} pays delegates through a {@link dev.eet.consensus.dag.RewardSchedule}
 * (eet-settlement's token reward with halving, wired in by the assembling module).
 * See eet-consensus/README.md, section "DAG ledger", for the rules.
 */
package dev.eet.consensus.dag;

/**
 * The demo's data and report, without networking: a seeded {@link dev.eet.examples.demo.Population} of simulated
 * participants (PV producers, households, storage, EVs on eet-hardware's simulated meters) that yields, for each
 * 15-minute period of one day, a forecast turned into {@link dev.eet.api.model.Order}s and a metered actual
 * ({@link dev.eet.examples.demo.SimulatedDay}); the thread-safe {@link dev.eet.examples.demo.DemoRecorder} that
 * collects what happens per period (orders, trades, grid trades, settlement transfers, balances, head hashes per
 * node, block and transaction counts, consensus latency samples) from any source, in-process or real consensus
 * nodes; {@link dev.eet.examples.demo.DemoSummary} (the {@code summary.json} contract and the console table);
 * {@link dev.eet.examples.demo.DemoReport} ({@code report.html} with inline SVG charts, {@code summary.json},
 * {@code trades.csv}); and {@link dev.eet.examples.demo.LocalExchangeRun}, which runs the population through a real
 * matcher and the real eet-settlement ledger in one process.
 *
 * <p>Money and energy are exact eet-api values throughout; doubles appear only as chart coordinates and
 * dimensionless shares, computed from exact values at the end.
 */
package dev.eet.examples.demo;

/**
 * Delegated proof of stake (consensus.md section 3): an {@link dev.eet.api.consensus.ElectionPolicy} picks the
 * delegates and standbys ({@link dev.eet.consensus.dpos.DelegateRoster}); delegates produce blocks in a
 * round-robin slot schedule; every node validates each proposal and endorses valid ones; a block endorsed by a
 * majority of the nodes is committed; a delegate whose slot passes without a committed block (it crashed, or its
 * block failed validation) is evicted and replaced by the best standby; the operator re-admits evicted nodes with
 * a signed {@code dpos-readmit} transaction. {@link dev.eet.consensus.dpos.DposNode} runs over any
 * {@link dev.eet.api.consensus.Transport} with a {@link dev.eet.consensus.runtime.Scheduler}, e.g. the simulated
 * network.
 */
package dev.eet.consensus.dpos;

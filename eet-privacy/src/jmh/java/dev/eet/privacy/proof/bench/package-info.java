/** JMH benchmarks of Pedersen commitments and Bulletproofs range proofs (run with the {@code bench} profile). */
package dev.eet.privacy.proof.bench;

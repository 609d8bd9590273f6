/** JMH benchmarks of EET Paillier beside javallier 0.6.0 (bench profile only). */
package dev.eet.privacy.paillier.bench;

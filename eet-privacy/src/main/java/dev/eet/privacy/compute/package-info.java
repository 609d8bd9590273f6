/**
 * Computing on Paillier ciphertexts (privacy.md section 4): the settler's
 * {@link dev.eet.privacy.compute.EncryptedDeviation encrypted deviation and blinded tolerance test}
 * (settlement.md section 3), the evaluator's {@link dev.eet.privacy.compute.BlindedMultiplier blinded
 * multiplication round} with the {@link dev.eet.privacy.compute.KeyHolder key holder}, and the
 * {@link dev.eet.privacy.compute.EncryptedDissimilarity encrypted K-prototypes dissimilarity} (matching.md section 4).
 * What each role learns is written down in this module's {@code COMPUTING.md}.
 */
package dev.eet.privacy.compute;

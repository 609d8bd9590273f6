/**
 * Multi-factor matching by K-prototypes dissimilarity (matching.md section 4, [Report ch.3]), name
 * {@code kprototypes}: {@link dev.eet.matching.multifactor.KPrototypesMatcher}. Orders are clustered by
 * K-prototypes ({@link dev.eet.matching.multifactor.KPrototypesClustering}, seeded, deterministic) and each buyer,
 * in submission order, buys from the sellers of its own cluster by ascending
 * {@link dev.eet.matching.multifactor.MixedDissimilarity mixed dissimilarity}, then from the other clusters, then
 * from the grid.
 */
package dev.eet.matching.multifactor;

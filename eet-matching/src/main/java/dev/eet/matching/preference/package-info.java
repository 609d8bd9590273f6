/**
 * Multi-attribute preference matching (matching.md section 5, [Report ch.4]): the bi-objective LP with split
 * orders {@link dev.eet.matching.preference.CmapMatcher} ({@code cmap}, solved with ojAlgo) and its one-to-one
 * baseline {@link dev.eet.matching.preference.HfpiMatcher} ({@code hfpi}), both on the pair scores of
 * {@link dev.eet.matching.preference.PairScores}.
 */
package dev.eet.matching.preference;

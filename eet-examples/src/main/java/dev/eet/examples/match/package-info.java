/**
 * {@code eet match}: the input format ({@link dev.eet.examples.match.MatchInput}) and the output document
 * ({@link dev.eet.examples.match.MatchOutput}) of node.md.
 */
package dev.eet.examples.match;

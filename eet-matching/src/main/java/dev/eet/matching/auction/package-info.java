/**
 * The auction family of matchers: {@link dev.eet.matching.auction.CdaMatcher} ({@code cda}, the periodic double
 * auction with second-round adjustment), {@link dev.eet.matching.auction.RenewableFirstMatcher}
 * ({@code da-renewable-first}, multi-timescale) and {@link dev.eet.matching.auction.BilateralMatcher}
 * ({@code bilateral}, the baseline). Each works on an {@link dev.eet.matching.auction.AuctionBook} of primitive
 * columns, sorted by packed {@code long} keys, in exact integer arithmetic.
 */
package dev.eet.matching.auction;

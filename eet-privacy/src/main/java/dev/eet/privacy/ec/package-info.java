/**
 * Prime-order elliptic-curve groups (Bouncy Castle's P-256) with validated encodings, fixed-base comb
 * multiplication, RFC 9380 hash-to-curve, multi-scalar multiplication, and the canonical byte codec every
 * commitment, proof and workflow record uses.
 */
package dev.eet.privacy.ec;
